package be.stroomplan.protocols;

import java.time.LocalDate;

/**
 * A protocol version that covers a flow. {@code versionId} (or {@code protocolId} with
 * {@code version}) is what a disclosure records: it stays addressable after later amendments.
 */
public record CoveringProtocol(String protocolId, int version, String versionId, String reference, String title,
                               String legalBasis, LocalDate validTo) {
}
