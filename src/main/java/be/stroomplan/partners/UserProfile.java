package be.stroomplan.partners;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/** Who a user is: account, organisation, memberships and security clearance. */
public record UserProfile(UUID id, String username, String displayName, String email, boolean enabled,
                          Organisation organisation, List<Membership> memberships, Clearance clearance) {

    public UserProfile {
        memberships = List.copyOf(memberships);
        clearance = clearance == null ? Clearance.NONE : clearance;
    }

    public Set<Role> roles() {
        return memberships.stream().map(Membership::role).collect(Collectors.toCollection(TreeSet::new));
    }

    public Set<String> teamCodes() {
        return memberships.stream().map(Membership::teamCode).filter(code -> code != null)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    public boolean hasRole(Role role) {
        return memberships.stream().anyMatch(membership -> membership.role() == role);
    }

    public boolean isMemberOf(String teamCode) {
        return teamCodes().contains(teamCode);
    }
}
