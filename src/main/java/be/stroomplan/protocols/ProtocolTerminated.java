package be.stroomplan.protocols;

import java.time.Instant;

/** A protocol version was terminated; published in the transaction of the change. */
public record ProtocolTerminated(String protocolId, int version, Instant at) {
}
