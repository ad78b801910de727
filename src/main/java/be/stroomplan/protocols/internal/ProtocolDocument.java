package be.stroomplan.protocols.internal;

import java.time.Instant;
import java.util.UUID;

/** An attached DPO opinion (PDF) of a protocol version; {@code content} is null in listings. */
public record ProtocolDocument(UUID id, UUID versionId, Kind kind, String filename, String contentType, int size,
                               String sha256, Instant uploadedAt, String uploadedBy, byte[] content) {

    /** The two opinions art. 20 asks for: the providing and the receiving side's DPO. */
    public enum Kind {
        PROVIDER_DPO_OPINION,
        RECIPIENT_DPO_OPINION
    }
}
