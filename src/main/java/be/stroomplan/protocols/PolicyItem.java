package be.stroomplan.protocols;

import java.util.Objects;

import be.stroomplan.partners.Classification;

/** The attributes of an information item the decision needs: never its content. */
public record PolicyItem(String id, String owner, DataCategory category, Classification classification,
                         HandlingCode handlingCode, PolicyCompartment compartment) {

    public PolicyItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(handlingCode, "handlingCode");
        Objects.requireNonNull(compartment, "compartment");
    }
}
