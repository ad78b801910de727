package be.stroomplan.retention;

import java.time.Instant;
import java.util.UUID;

/** A freeze of a compartment against purging, placed by a magistrate, until it is lifted. */
public record LegalHold(UUID id, UUID compartment, String reason, String placedBy, Instant placedAt, String liftedBy,
                        Instant liftedAt, String liftReason) {

    public boolean active() {
        return liftedAt == null;
    }
}
