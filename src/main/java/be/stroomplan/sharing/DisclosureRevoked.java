package be.stroomplan.sharing;

import java.time.Instant;
import java.util.UUID;

/** A disclosure was revoked: the recipient no longer reads the item through it; published in the transaction of the change. */
public record DisclosureRevoked(UUID disclosure, UUID item, String recipient, UUID compartment, String revokedBy,
                                Instant at) {
}
