package be.stroomplan.protocols;

import java.util.Objects;

/**
 * A compartment as the decision sees it: its id, its kind, the asking user's effective role in it
 * ({@code null}: not a member), whether it is under embargo (a magistrate's order that nothing
 * leaves it but approved summaries), and whether the user may see its content as far as
 * confidentiality goes ({@code acknowledged}: the compartment requires no acknowledgement, or the
 * user gave it; a MAHO case, Criminal Code art. 458ter).
 */
public record PolicyCompartment(String id, CompartmentKind kind, CompartmentRole userRole, boolean embargoed,
                                boolean acknowledged) {

    public PolicyCompartment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
    }

    /** A compartment neither under embargo nor waiting for an acknowledgement. */
    public PolicyCompartment(String id, CompartmentKind kind, CompartmentRole userRole) {
        this(id, kind, userRole, false, true);
    }

    public boolean member() {
        return userRole != null;
    }
}
