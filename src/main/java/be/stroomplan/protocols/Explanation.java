package be.stroomplan.protocols;

import java.util.Objects;

/**
 * One reason of a refusal, with the protocol it concerns when there is one (its reference and
 * version; both {@code null} otherwise).
 */
public record Explanation(DenyReason reason, String protocolReference, Integer protocolVersion) {

    public Explanation {
        Objects.requireNonNull(reason, "reason");
    }

    public static Explanation of(DenyReason reason) {
        return new Explanation(reason, null, null);
    }
}
