package be.stroomplan.platform.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Dutch by default, French and English on request ({@code ?lang=fr}), remembered in a cookie. */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

    static final Locale DUTCH = Locale.forLanguageTag("nl");
    static final List<Locale> SUPPORTED = List.of(DUTCH, Locale.forLanguageTag("fr"), Locale.forLanguageTag("en"));

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("stroomplan-lang");
        resolver.setDefaultLocale(DUTCH);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {
            @Override
            protected Locale parseLocaleValue(String value) {
                Locale locale = super.parseLocaleValue(value);
                return SUPPORTED.stream().filter(s -> locale != null && s.getLanguage().equals(locale.getLanguage()))
                        .findFirst().orElse(DUTCH);
            }
        };
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }
}
