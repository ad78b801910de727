package be.stroomplan.protocols;

import java.util.Objects;

import be.stroomplan.partners.Classification;

/**
 * The attributes of an information item the decision needs: never its content.
 * {@code approvedSummary}: a summary a magistrate approved to leave an embargoed compartment.
 */
public record PolicyItem(String id, String owner, DataCategory category, Classification classification,
                         HandlingCode handlingCode, PolicyCompartment compartment, boolean approvedSummary) {

    public PolicyItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(handlingCode, "handlingCode");
        Objects.requireNonNull(compartment, "compartment");
    }

    /** An item that is not an approved summary. */
    public PolicyItem(String id, String owner, DataCategory category, Classification classification,
                      HandlingCode handlingCode, PolicyCompartment compartment) {
        this(id, owner, category, classification, handlingCode, compartment, false);
    }
}
