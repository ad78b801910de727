package be.stroomplan.platform.web;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import be.stroomplan.platform.NavigationItem;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Adds what the layout needs to every rendered page: the navigation entries the user may use
 * ({@code navigation}, the current one marked) and the links of the language switch
 * ({@code languages}, each pointing at the current page). JSON answers and redirects are left alone.
 */
class ShellModel implements HandlerInterceptor {

    private static final List<LanguageLink> LANGUAGES = List.of(
            new LanguageLink("nl", "Nederlands", null, false),
            new LanguageLink("fr", "Français", null, false),
            new LanguageLink("en", "English", null, false));

    private final ObjectProvider<NavigationItem> items;

    ShellModel(ObjectProvider<NavigationItem> items) {
        this.items = items;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView view) {
        if (view == null || (view.getViewName() != null
                && (view.getViewName().startsWith("redirect:") || view.getViewName().startsWith("forward:")))) {
            return;
        }
        String path = pagePath(request);
        view.addObject("navigation", navigation(SecurityContextHolder.getContext().getAuthentication(), path));
        view.addObject("languages", languages(path, pageQuery(request)));
    }

    List<NavigationLink> navigation(Authentication authentication, String path) {
        if (authentication == null || !authentication.isAuthenticated() || authentication instanceof AnonymousAuthenticationToken) {
            return List.of();
        }
        Set<String> roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority != null && authority.startsWith("ROLE_"))
                .map(authority -> authority.substring("ROLE_".length())).collect(Collectors.toSet());
        List<NavigationItem> visible = items.stream()
                .sorted(Comparator.comparingInt(NavigationItem::order))
                .filter(item -> item.requiredRoles().isEmpty() || item.requiredRoles().stream().anyMatch(roles::contains))
                .toList();
        String current = visible.stream().map(NavigationItem::path).filter(candidate -> contains(candidate, path))
                .max(Comparator.comparingInt(String::length)).orElse(null);
        return visible.stream().map(item -> new NavigationLink(item.labelKey(), item.path(), item.path().equals(current))).toList();
    }

    static List<LanguageLink> languages(String path, String query) {
        String language = LocaleContextHolder.getLocale().getLanguage();
        return LANGUAGES.stream().map(link -> new LanguageLink(link.code(), link.label(), href(path, query, link.code()),
                link.code().equals(language))).toList();
    }

    private static boolean contains(String itemPath, String path) {
        if (itemPath.equals("/")) {
            return path.equals("/");
        }
        return path.equals(itemPath) || path.startsWith(itemPath.endsWith("/") ? itemPath : itemPath + "/");
    }

    private static String href(String path, String query, String language) {
        try {
            return UriComponentsBuilder.fromPath(path).query(query).replaceQueryParam("lang", language).build(true).toUriString();
        } catch (IllegalArgumentException malformed) {
            return path + "?lang=" + language;
        }
    }

    /** The path of the page the user asked for, relative to the context path (also on error pages). */
    private static String pagePath(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = original != null ? original.toString() : request.getRequestURI();
        String path = uri.startsWith(request.getContextPath()) ? uri.substring(request.getContextPath().length()) : uri;
        return path.isEmpty() ? "/" : path;
    }

    private static String pageQuery(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) != null) {
            Object query = request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING);
            return query == null ? null : query.toString();
        }
        return request.getQueryString();
    }
}
