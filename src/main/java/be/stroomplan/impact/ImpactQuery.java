package be.stroomplan.impact;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The period (both days included, Europe/Brussels) and optionally the partner organisation the
 * indicators are asked for.
 */
public record ImpactQuery(LocalDate from, LocalDate to, String partner) {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    /** The first instant of the period. */
    public Instant start() {
        return from.atStartOfDay(BRUSSELS).toInstant();
    }

    /** The first instant after the period. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(BRUSSELS).toInstant();
    }
}
