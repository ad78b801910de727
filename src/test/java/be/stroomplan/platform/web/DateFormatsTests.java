package be.stroomplan.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class DateFormatsTests {

    private final DateFormats dates = new DateFormats();

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void showsBrusselsTimeInWinterAndSummer() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("nl"));
        assertThat(dates.time(Instant.parse("2026-01-15T12:00:00Z"))).isEqualTo("13:00");
        assertThat(dates.time(Instant.parse("2026-07-15T12:00:00Z"))).isEqualTo("14:00");
        assertThat(dates.iso(Instant.parse("2026-07-15T12:00:00Z"))).isEqualTo("2026-07-15T14:00:00+02:00");
    }

    @Test
    void usesTheDateOfBrusselsAroundMidnight() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("en"));
        assertThat(dates.dateTime(Instant.parse("2026-11-28T23:30:00Z"))).contains("29").contains("2026").endsWith("00:30");
    }

    @Test
    void writesMonthNamesInTheUsersLanguage() {
        Instant moment = Instant.parse("2026-05-28T10:00:00Z");
        LocaleContextHolder.setLocale(Locale.forLanguageTag("nl"));
        assertThat(dates.date(moment)).contains("mei");
        LocaleContextHolder.setLocale(Locale.forLanguageTag("fr"));
        assertThat(dates.date(moment)).contains("mai");
        LocaleContextHolder.setLocale(Locale.forLanguageTag("en"));
        assertThat(dates.date(moment)).contains("May");
    }

    @Test
    void rendersNothingForNothing() {
        assertThat(dates.dateTime(null)).isEmpty();
        assertThat(dates.iso(null)).isEmpty();
    }
}
