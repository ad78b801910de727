package be.stroomplan.platform.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formats moments for people: always in Belgian time ({@value #ZONE_ID}), whatever the server's
 * or the browser's time zone, in the user's language (Belgian conventions, 24-hour clock).
 * Store and exchange {@link Instant}s; turn them into text only here.
 * <p>
 * In templates the bean is called {@code dates}:
 * <pre>
 * &lt;time th:datetime="${@dates.iso(item.createdAt)}" th:text="${@dates.dateTime(item.createdAt)}"&gt;&lt;/time&gt;
 * ${@dates.date(instant)}      28 nov. 2026
 * ${@dates.time(instant)}      14:03
 * ${@dates.dateTime(instant)}  28 nov. 2026 14:03
 * ${@dates.now()}              the current instant
 * </pre>
 * Every method accepts an {@link Instant}, an {@link OffsetDateTime} or a {@link ZonedDateTime}
 * and returns an empty string for {@code null}.
 */
@Component("dates")
public class DateFormats {

    static final String ZONE_ID = "Europe/Brussels";

    /** The time zone of every date and time shown to a user. */
    public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

    public Instant now() {
        return Instant.now();
    }

    public String date(TemporalAccessor moment) {
        return format(moment, DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM));
    }

    public String time(TemporalAccessor moment) {
        return format(moment, DateTimeFormatter.ofPattern("HH:mm"));
    }

    public String dateTime(TemporalAccessor moment) {
        return moment == null ? "" : date(moment) + " " + time(moment);
    }

    /** Machine-readable, for the {@code datetime} attribute of {@code <time>}: ISO 8601 with the Brussels offset. */
    public String iso(TemporalAccessor moment) {
        return moment == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(inBrussels(moment));
    }

    private static String format(TemporalAccessor moment, DateTimeFormatter formatter) {
        return moment == null ? "" : formatter.withLocale(locale()).format(inBrussels(moment));
    }

    private static ZonedDateTime inBrussels(TemporalAccessor moment) {
        return Instant.from(moment).atZone(ZONE);
    }

    /** The user's language with Belgian conventions: nl-BE, fr-BE, en-BE. */
    private static Locale locale() {
        return Locale.forLanguageTag(LocaleContextHolder.getLocale().getLanguage() + "-BE");
    }
}
