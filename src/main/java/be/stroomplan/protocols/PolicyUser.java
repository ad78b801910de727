package be.stroomplan.protocols;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

import be.stroomplan.partners.Classification;
import be.stroomplan.partners.Clearance;
import be.stroomplan.partners.Role;

/**
 * The attributes of the user who asks: name, organisation, roles, clearance, and the ids of the
 * compartments the user is a member of (by user, team or organisation membership).
 */
public record PolicyUser(String username, String organisation, Set<Role> roles, Clearance clearance,
                         Set<String> compartments) {

    /** Roles that administer or oversee, and never read or write content. */
    static final Set<Role> NON_CONTENT_ROLES = Set.of(Role.FUNCTIONAL_ADMIN, Role.DPO, Role.PROJECT_LEAD);

    public PolicyUser {
        Objects.requireNonNull(username, "username");
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        clearance = clearance == null ? new Clearance(Classification.NONE, null) : clearance;
        compartments = compartments == null ? Set.of() : Set.copyOf(compartments);
    }

    /** Holds a role that reads and writes content (not only administrator, DPO or project lead). */
    public boolean hasContentRole() {
        return roles.stream().anyMatch(role -> !NON_CONTENT_ROLES.contains(role));
    }

    /** The highest classification the clearance allows today (NONE when expired). */
    public Classification clearedUpTo(LocalDate today) {
        Classification highest = Classification.NONE;
        for (Classification c : Classification.values()) {
            if (clearance.allows(c, today)) {
                highest = c;
            }
        }
        return highest;
    }
}
