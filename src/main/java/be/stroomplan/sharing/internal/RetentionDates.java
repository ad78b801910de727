package be.stroomplan.sharing.internal;

import java.time.LocalDate;

import be.stroomplan.protocols.DataCategory;
import be.stroomplan.protocols.ProtocolCoverage;

import org.springframework.stereotype.Component;

/**
 * An item's retention date: its creation date plus the period the protocol register states for
 * (owning organisation, category), the longest when several active protocols state one, else the
 * configured default of the category.
 */
@Component
public class RetentionDates {

    private final ProtocolCoverage protocols;
    private final SharingSettings settings;

    RetentionDates(ProtocolCoverage protocols, SharingSettings settings) {
        this.protocols = protocols;
        this.settings = settings;
    }

    public LocalDate until(String owner, DataCategory category, LocalDate created, LocalDate today) {
        return created.plus(protocols.retention(owner, category, today).orElse(settings.retention().get(category)));
    }
}
