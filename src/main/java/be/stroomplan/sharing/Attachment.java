package be.stroomplan.sharing;

import java.time.Instant;
import java.util.UUID;

/** A file of an item, without its content; {@code contentType} is what sniffing the bytes found. */
public record Attachment(UUID id, UUID item, String filename, String contentType, long size, String sha256,
                         String addedBy, Instant addedAt) {
}
