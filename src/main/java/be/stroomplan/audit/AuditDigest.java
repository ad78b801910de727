package be.stroomplan.audit;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A signed statement about the audit chain: on {@code createdAt}, closing {@code day}, the chain
 * ran from {@code firstSequence} (the first row after the previous digest) to
 * {@code lastSequence}, whose row has hash {@code headHash}. {@code previousDigestHash} is the
 * SHA-256 (hex) of the previous digest's payload, so digests form a chain of their own.
 * {@code payload} is the exact text that was signed (UTF-8) and holds all the fields above;
 * {@code signature} is the Tink Ed25519 signature of it (base64), made with key {@code keyId}.
 */
public record AuditDigest(long id, LocalDate day, long firstSequence, long lastSequence, long eventCount,
                          String headHash, String previousDigestHash, Instant createdAt, String payload,
                          String signature, long keyId) {
}
