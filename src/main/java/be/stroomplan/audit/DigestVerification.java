package be.stroomplan.audit;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The answer of {@link AuditDigests#verify()}: {@code {"valid": true, "checked": n}} or the first
 * digest that does not hold and why.
 *
 * @param valid whether every digest is signed, linked to its predecessor and matches the chain
 * @param checked how many digests held (all when valid; those before the first broken one otherwise)
 * @param firstBrokenDigest the id of the first digest that does not hold, {@code null} when valid
 * @param reason one of the constants below, {@code null} when valid
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DigestVerification(boolean valid, long checked, Long firstBrokenDigest, String reason) {

    /** The signature does not verify with the public keyset: the digest was forged or altered. */
    public static final String SIGNATURE_INVALID = "signature invalid";
    /** The stored fields differ from the signed payload. */
    public static final String PAYLOAD_MISMATCH = "payload mismatch";
    /** The digest does not link to the previous one (a digest was removed or replaced). */
    public static final String PREVIOUS_DIGEST_MISMATCH = "previous digest mismatch";
    /** The chain row at the digest's last sequence is missing or has another hash: the chain was rewritten. */
    public static final String HEAD_HASH_MISMATCH = "head hash mismatch";

    static DigestVerification valid(long checked) {
        return new DigestVerification(true, checked, null, null);
    }

    static DigestVerification broken(long digest, long checked, String reason) {
        return new DigestVerification(false, checked, digest, reason);
    }
}
