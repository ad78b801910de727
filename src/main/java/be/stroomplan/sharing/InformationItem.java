package be.stroomplan.sharing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import be.stroomplan.partners.Classification;

/** An information item with its content, as stored (the current version). */
public record InformationItem(UUID id, UUID compartment, String ownerOrganisation, ItemContent content,
                              LocalDate retentionUntil, int version, String createdBy, Instant createdAt,
                              String updatedBy, Instant updatedAt) {

    /** The marking shown with the classification: "Beperkte Verspreiding" for unclassified items. */
    public String marking() {
        return content.classification() == Classification.NONE ? "Beperkte Verspreiding"
                : content.classification().name().replace('_', ' ');
    }
}
