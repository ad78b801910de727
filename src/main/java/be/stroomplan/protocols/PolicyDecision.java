package be.stroomplan.protocols;

import java.util.List;

/**
 * The answer of the policy decision point: permitted or not, and why not.
 *
 * @param permitted whether the action is allowed
 * @param reasons the distinct reason codes of a refusal, in the order found; empty when permitted
 * @param protocol the protocol version involved: for a permitted disclosure the covering one, for a
 *        read through a disclosure the version that covers it today; {@code null} otherwise
 * @param purpose the purpose the action is done for: a compartment id, a justification, or (for a
 *        disclosure) a purpose code; {@code null} when none was given or derived
 * @param justification whether {@code purpose} is a written justification
 * @param legalBasis what the audit records as legal basis: "&lt;protocol reference&gt; v&lt;version&gt;"
 *        when a protocol is involved, else the compartment's (e.g. "KALI dossier &lt;id&gt;")
 * @param compartment the compartment the action happens in (for a read through a disclosure, the
 *        disclosure's compartment; for a disclosure, the target compartment)
 * @param access how a permitted read reaches the item; {@code null} when no access path exists
 * @param disclosure the id of the disclosure a read goes through; {@code null} otherwise
 * @param explanations every reason with the protocol it concerns
 * @param assessment for a disclosure, the assessment of the flow: every protocol of the provider
 *        and why it does or does not cover; {@code null} otherwise
 */
public record PolicyDecision(boolean permitted, List<DenyReason> reasons, CoveringProtocol protocol, String purpose,
                             boolean justification, String legalBasis, String compartment, AccessPath access,
                             String disclosure, List<Explanation> explanations, ProtocolAssessment assessment) {

    public PolicyDecision {
        reasons = List.copyOf(reasons);
        explanations = List.copyOf(explanations);
    }

    /** What the audit trail records as purpose: the compartment or code, or "Justification: …". */
    public String auditPurpose() {
        if (purpose == null) {
            return "(none)";
        }
        return justification ? "Justification: " + purpose : purpose;
    }
}
