package be.stroomplan.audit.web;

import java.io.Serializable;
import java.time.Instant;

import be.stroomplan.audit.VerificationResult;

/**
 * A chain verification as the page shows it (and keeps it across the redirect after the POST):
 * the result, the message code of the reason and when it ran.
 *
 * @param reasonKey the message code of the reason of a broken chain, {@code null} when valid
 */
public record VerificationView(boolean valid, long checked, Long firstBrokenSequence, String reasonKey,
        String lastHash, Instant verifiedAt) implements Serializable {

    static VerificationView of(VerificationResult result, Instant verifiedAt) {
        String reasonKey = result.reason() == null ? null
                : "audit.verify.reason." + result.reason().trim().replace(' ', '-');
        return new VerificationView(result.valid(), result.checked(), result.firstBrokenSequence(), reasonKey,
                result.lastHash(), verifiedAt);
    }
}
