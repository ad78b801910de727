package be.stroomplan.protocols;

import java.time.Instant;

/** A protocol version was activated; published in the transaction of the change. */
public record ProtocolActivated(String protocolId, int version, Instant at) {
}
