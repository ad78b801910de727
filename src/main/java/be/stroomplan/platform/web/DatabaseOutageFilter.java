package be.stroomplan.platform.web;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import be.stroomplan.platform.database.DatabaseOutage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import tools.jackson.databind.json.JsonMapper;

/**
 * The outermost filter, in front of the session repository and the security chain: a request
 * that fails because the database cannot be reached (wherever it failed: loading the session,
 * checking a password, in a controller) is answered 503 with {@code Retry-After}, as problem+json
 * for the API and the actuator, as a page in the user’s language for the browser. That page is
 * rendered without the layout, which needs the session and the database.
 */
@Component
class DatabaseOutageFilter extends OncePerRequestFilter implements Ordered {

    /** Before Spring Session’s filter (which loads the session from the database) and everything else. */
    static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);

    private final ITemplateEngine templates;
    private final LocaleResolver locales;
    private final JsonMapper json;

    DatabaseOutageFilter(ITemplateEngine templates, LocaleResolver locales, JsonMapper json) {
        this.templates = templates;
        this.locales = locales;
        this.json = json;
    }

    @Override
    public int getOrder() {
        return ORDER;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException failure) {
            if (!DatabaseOutage.explains(failure) || response.isCommitted()) {
                throw failure;
            }
            log.warn("Database unreachable, answered 503 to {} {}: {}", request.getMethod(), request.getRequestURI(),
                    rootMessage(failure));
            answer(request, response);
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.reset();
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader("Retry-After", Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setCharacterEncoding("UTF-8");
        if (wantsProblem(request)) {
            ProblemDetail problem = unavailable();
            problem.setInstance(URI.create(request.getRequestURI()));
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), problem);
            return;
        }
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        WebContext context = new WebContext(JakartaServletWebApplication.buildApplication(request.getServletContext())
                .buildExchange(request, response), locale(request), Map.of());
        templates.process("unavailable", context, response.getWriter());
    }

    /** The problem every API client gets while the database is away. */
    static ProblemDetail unavailable() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The service cannot reach its database. Try again shortly.");
        problem.setTitle("Service unavailable");
        return problem;
    }

    private Locale locale(HttpServletRequest request) {
        String asked = request.getParameter("lang");
        if (asked != null) {
            for (Locale supported : LocaleConfiguration.SUPPORTED) {
                if (supported.getLanguage().equalsIgnoreCase(asked.trim())) {
                    return supported;
                }
            }
        }
        return locales.resolveLocale(request);
    }

    static boolean wantsProblem(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/") || path.startsWith("/actuator") || path.startsWith("/v3/api-docs")) {
            return true;
        }
        String accept = request.getHeader("Accept");
        return accept != null && !accept.contains("text/html") && accept.contains("json");
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
