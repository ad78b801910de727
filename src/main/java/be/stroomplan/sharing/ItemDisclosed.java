package be.stroomplan.sharing;

import java.time.Instant;
import java.util.UUID;

/** An item was disclosed to another organisation; published in the transaction of the change. */
public record ItemDisclosed(UUID disclosure, UUID item, String provider, String recipient, UUID compartment,
                            String purpose, String protocolId, int protocolVersion, Instant at) {
}
