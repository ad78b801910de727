package be.stroomplan.sharing;

import java.time.Instant;
import java.util.UUID;

/** An item made available by one organisation to another, for a compartment and a purpose, under a protocol version. */
public record Disclosure(UUID id, UUID item, String provider, String recipient, UUID compartment, String purpose,
                         String protocolId, int protocolVersion, String protocolVersionId, String protocolReference,
                         String disclosedBy, Instant disclosedAt, Instant revokedAt, String revokedBy,
                         String revokeReason) {

    public boolean revoked() {
        return revokedAt != null;
    }
}
