package be.stroomplan.protocols;

import java.util.Objects;

/**
 * A compartment as the decision sees it: its id, its kind, the asking user's effective role in it
 * ({@code null}: not a member), and whether it is under embargo (a magistrate's order that nothing
 * leaves it but approved summaries).
 */
public record PolicyCompartment(String id, CompartmentKind kind, CompartmentRole userRole, boolean embargoed) {

    public PolicyCompartment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
    }

    /** A compartment that is not under embargo. */
    public PolicyCompartment(String id, CompartmentKind kind, CompartmentRole userRole) {
        this(id, kind, userRole, false);
    }

    public boolean member() {
        return userRole != null;
    }
}
