package be.stroomplan.protocols;

import java.time.Instant;

/** A protocol version was suspended; published in the transaction of the change. */
public record ProtocolSuspended(String protocolId, int version, Instant at) {
}
