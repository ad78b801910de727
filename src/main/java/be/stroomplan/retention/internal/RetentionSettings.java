package be.stroomplan.retention.internal;

import java.time.Period;
import java.util.EnumMap;
import java.util.Map;

import be.stroomplan.protocols.CompartmentKind;
import be.stroomplan.protocols.DataCategory;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code stroomplan.retention}.
 *
 * @param defaults the period per data category when nothing more specific applies, e.g.
 *        {@code stroomplan.retention.defaults.POLICE=P5Y}
 * @param schedules the period per compartment kind and category, e.g.
 *        {@code stroomplan.retention.schedules.DOSSIER.JUDICIAL=P30Y}
 */
@ConfigurationProperties("stroomplan.retention")
public record RetentionSettings(Map<DataCategory, Period> defaults, Map<CompartmentKind, Map<DataCategory, Period>> schedules) {

    static final Map<DataCategory, Period> DEFAULTS = Map.of(
            DataCategory.JUDICIAL, Period.ofYears(10),
            DataCategory.POLICE, Period.ofYears(5),
            DataCategory.SOCIAL, Period.ofYears(5),
            DataCategory.FISCAL, Period.ofYears(7),
            DataCategory.CUSTOMS, Period.ofYears(5),
            DataCategory.ADMINISTRATIVE, Period.ofYears(5),
            DataCategory.PUBLIC, Period.ofYears(5));

    public RetentionSettings {
        Map<DataCategory, Period> periods = new EnumMap<>(DEFAULTS);
        if (defaults != null) {
            periods.putAll(defaults);
        }
        defaults = Map.copyOf(periods);
        schedules = schedules == null ? Map.of() : Map.copyOf(schedules);
    }
}
