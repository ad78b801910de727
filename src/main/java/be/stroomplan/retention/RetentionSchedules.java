package be.stroomplan.retention;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import be.stroomplan.protocols.CompartmentKind;
import be.stroomplan.protocols.DataCategory;
import be.stroomplan.protocols.ProtocolCoverage;
import be.stroomplan.retention.internal.RetentionSettings;

import org.springframework.stereotype.Service;

/**
 * How long content is kept. For data of a category that an organisation provides, the protocol
 * register comes first: the longest retention its active protocols state for that category (the
 * legal instrument the partners signed). Otherwise the configured period for the compartment
 * kind and category, otherwise the category's default. A retention date is fixed when content is
 * created (creation day plus the period) and moves only when its category changes.
 */
@Service
public class RetentionSchedules {

    private final ProtocolCoverage protocols;
    private final RetentionSettings settings;

    RetentionSchedules(ProtocolCoverage protocols, RetentionSettings settings) {
        this.protocols = protocols;
        this.settings = settings;
    }

    /** The period for data of {@code category} from {@code provider} in a compartment of {@code kind}. */
    public Period period(DataCategory category, CompartmentKind kind, String provider, LocalDate today) {
        return protocols.retention(provider, category, today).orElseGet(() -> configured(category, kind));
    }

    /** The retention date of content created on {@code created}. */
    public LocalDate until(DataCategory category, CompartmentKind kind, String provider, LocalDate created, LocalDate today) {
        return created.plus(period(category, kind, provider, today));
    }

    /** The configured table (without the protocols, which depend on the provider): every kind and category. */
    public List<Schedule> table() {
        List<Schedule> table = new ArrayList<>();
        for (CompartmentKind kind : CompartmentKind.values()) {
            for (DataCategory category : DataCategory.values()) {
                Optional<Period> specific = specific(category, kind);
                table.add(new Schedule(category, kind, specific.orElseGet(() -> settings.defaults().get(category)),
                        specific.isPresent() ? "CONFIGURED" : "DEFAULT"));
            }
        }
        return table;
    }

    private Period configured(DataCategory category, CompartmentKind kind) {
        return specific(category, kind).orElseGet(() -> settings.defaults().get(category));
    }

    private Optional<Period> specific(DataCategory category, CompartmentKind kind) {
        return Optional.ofNullable(settings.schedules().getOrDefault(kind, Map.of()).get(category));
    }
}
