package be.stroomplan.protocols;

import java.util.Objects;

/**
 * A compartment as the decision sees it: its id, its kind, and the asking user's effective role
 * in it ({@code null}: not a member).
 */
public record PolicyCompartment(String id, CompartmentKind kind, CompartmentRole userRole) {

    public PolicyCompartment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
    }

    public boolean member() {
        return userRole != null;
    }
}
