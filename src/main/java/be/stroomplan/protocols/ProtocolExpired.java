package be.stroomplan.protocols;

import java.time.Instant;

/** A protocol version was expired; published in the transaction of the change. */
public record ProtocolExpired(String protocolId, int version, Instant at) {
}
