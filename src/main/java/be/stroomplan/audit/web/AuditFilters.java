package be.stroomplan.audit.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;
import java.util.StringJoiner;

import be.stroomplan.audit.AuditAction;
import be.stroomplan.audit.internal.AuditQuery.AuditFilter;

/**
 * Turns the DPO's filter, as text from a request, into an {@link AuditFilter}: the same rules for
 * the API and the page. Dates are read in Europe/Brussels: {@code from} and {@code to} take an ISO
 * date (a whole day, both ends inclusive), a local date-time or an instant with an offset.
 * Anything that cannot be read is an {@link InvalidAuditFilter}.
 */
final class AuditFilters {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private static final String DATE_FORMAT = " must be an ISO date (2026-11-28) or date-time (2026-11-28T14:00:00Z)";

    private AuditFilters() {
    }

    /**
     * The filter; blank values mean "any".
     *
     * @throws InvalidAuditFilter for an unknown action, an unreadable date, or {@code from} not
     *         before {@code to}
     */
    static AuditFilter parse(String user, String objectId, String organisation, String action, String from,
            String to) {
        Instant fromInstant = blankToNull(from) == null ? null : lowerBound(from.trim(), "from");
        Instant toExclusive = blankToNull(to) == null ? null : upperBoundExclusive(to.trim(), "to");
        if (fromInstant != null && toExclusive != null && !fromInstant.isBefore(toExclusive)) {
            throw new InvalidAuditFilter("to", "audit.error.range", "from must be before to");
        }
        return new AuditFilter(blankToNull(user), blankToNull(objectId), blankToNull(organisation), action(action),
                fromInstant, toExclusive);
    }

    /**
     * Whether to sort by ascending sequence: {@code sequence,desc} or {@code desc} (newest first),
     * {@code sequence}, {@code sequence,asc} or {@code asc}.
     */
    static boolean ascending(String sort) {
        return switch (sort == null ? "" : sort.trim().toLowerCase(Locale.ROOT)) {
            case "sequence,desc", "desc" -> false;
            case "sequence", "sequence,asc", "asc" -> true;
            default -> throw new InvalidAuditFilter("sort", "audit.error.sort",
                    "sort must be sequence,desc or sequence,asc");
        };
    }

    /** The text recorded in the audit trail when the trail is read with this filter. */
    static String describe(AuditFilter filter, int page, int size) {
        StringJoiner details = new StringJoiner(" ", "list", "");
        details.add("page=" + page).add("size=" + size);
        add(details, "user", filter.user());
        add(details, "object", filter.objectId());
        add(details, "organisation", filter.organisation());
        add(details, "action", filter.action());
        add(details, "from", filter.from());
        add(details, "toExclusive", filter.toExclusive());
        return details.toString();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static AuditAction action(String value) {
        if (blankToNull(value) == null) {
            return null;
        }
        try {
            return AuditAction.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidAuditFilter("action", "audit.error.action",
                    "action must be one of " + Arrays.toString(AuditAction.values()));
        }
    }

    static Instant lowerBound(String value, String name) {
        if (value.length() == 10) {
            return date(value, name).atStartOfDay(BRUSSELS).toInstant();
        }
        return instant(value, name);
    }

    static Instant upperBoundExclusive(String value, String name) {
        if (value.length() == 10) {
            return date(value, name).plusDays(1).atStartOfDay(BRUSSELS).toInstant();
        }
        // timestamps are stored to the microsecond: "up to and including" this instant
        return instant(value, name).truncatedTo(ChronoUnit.MICROS).plus(1, ChronoUnit.MICROS);
    }

    private static LocalDate date(String value, String name) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeException e) {
            throw invalidDate(name);
        }
    }

    private static Instant instant(String value, String name) {
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeException offsetMissing) {
            try {
                return LocalDateTime.parse(value).atZone(BRUSSELS).toInstant();
            } catch (DateTimeException e) {
                throw invalidDate(name);
            }
        }
    }

    private static InvalidAuditFilter invalidDate(String name) {
        return new InvalidAuditFilter(name, "audit.error.date", name + DATE_FORMAT);
    }

    private static void add(StringJoiner details, String name, Object value) {
        if (value != null) {
            details.add(name + "=" + value);
        }
    }
}
