package be.stroomplan.partners.internal;

import java.util.UUID;

/** A row of the user table, password hash included: never leaves this module. */
public record UserAccount(UUID id, String username, String displayName, String email, UUID organisationId,
                          String passwordHash, boolean enabled) {
}
