package be.stroomplan.audit;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The answer of {@link AuditVerifier}: {@code {"valid": true, "checked": n}} or
 * {@code {"valid": false, "firstBrokenSequence": n, "checked": k, "reason": "..."}}.
 *
 * @param valid whether every row from sequence 1 on is present and correctly chained
 * @param checked how many rows were found correct (all of them when valid; those before the
 *        first broken link otherwise)
 * @param firstBrokenSequence the sequence of the first broken link, {@code null} when valid
 * @param reason {@value #HASH_MISMATCH}, {@value #MISSING_ROW} or {@value #PREV_HASH_MISMATCH},
 *        {@code null} when valid
 * @param lastHash the hash of the last row checked: write it down elsewhere (a signed report, a
 *        ticket) to anchor the chain, so that a rewrite of the chain's tail can be detected too
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VerificationResult(boolean valid, long checked, Long firstBrokenSequence, String reason,
        String lastHash) {

    /** A row's content or its stored hash was changed, or a row was forged. */
    public static final String HASH_MISMATCH = "hash mismatch";
    /** The sequence has a gap: this row was deleted (or its sequence changed). */
    public static final String MISSING_ROW = "missing row";
    /** The row's stored previous hash is not the previous row's hash. */
    public static final String PREV_HASH_MISMATCH = "prev hash mismatch";

    public static VerificationResult valid(long checked, String lastHash) {
        return new VerificationResult(true, checked, null, null, lastHash);
    }

    public static VerificationResult broken(long sequence, long checked, String reason, String lastHash) {
        return new VerificationResult(false, checked, sequence, reason, lastHash);
    }

    /** The same JSON as the HTTP answer, on one line (for the command line). */
    public String toJson() {
        StringBuilder json = new StringBuilder("{\"valid\":").append(valid).append(",\"checked\":").append(checked);
        if (firstBrokenSequence != null) {
            json.append(",\"firstBrokenSequence\":").append(firstBrokenSequence);
        }
        if (reason != null) {
            json.append(",\"reason\":\"").append(reason).append('"');
        }
        if (lastHash != null) {
            json.append(",\"lastHash\":\"").append(lastHash.replaceAll("[^0-9A-Za-z]", "?")).append('"');
        }
        return json.append('}').toString();
    }
}
