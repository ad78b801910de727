package be.stroomplan.platform;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The language of an API answer (translated field errors, refusal reasons): the language chosen
 * in the application (the {@code lang} parameter or its cookie) first, else the best of Dutch,
 * French and English that the request's {@code Accept-Language} asks for, else the application's
 * choice (Dutch by default).
 */
public final class ApiLocale {

    private static final List<Locale> SUPPORTED = List.of(Locale.forLanguageTag("nl"), Locale.forLanguageTag("fr"),
            Locale.forLanguageTag("en"));

    private ApiLocale() {
    }

    public static Locale of(HttpServletRequest request) {
        boolean chosen = request.getParameter("lang") != null;
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                chosen |= "stroomplan-lang".equals(cookie.getName());
            }
        }
        String header = request.getHeader("Accept-Language");
        if (!chosen && header != null && !header.isBlank()) {
            try {
                Locale best = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
                if (best != null) {
                    return best;
                }
            } catch (IllegalArgumentException malformed) {
                // fall back to the application's choice
            }
        }
        return LocaleContextHolder.getLocale();
    }
}
