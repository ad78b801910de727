package be.stroomplan.partners;

import java.util.UUID;

/** A role held by a user, in a team ({@code teamCode} set) or organisation-wide ({@code teamCode} null). */
public record Membership(UUID id, UUID userId, String teamCode, Role role) {
}
