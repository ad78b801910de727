package be.stroomplan.partners.web;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import be.stroomplan.partners.Role;

/** A role to give a user, in a team or, without a team, organisation-wide. */
class MembershipForm {

    private UUID teamId;
    @NotNull
    private Role role;

    public UUID getTeamId() {
        return teamId;
    }

    public void setTeamId(UUID teamId) {
        this.teamId = teamId;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }
}
