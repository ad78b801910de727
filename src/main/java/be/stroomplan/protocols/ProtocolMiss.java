package be.stroomplan.protocols;

import java.util.List;

/**
 * A protocol of the flow's provider that does not cover the flow, with every reason why.
 * {@code reference} is the protocol's reference (e.g. PROT-2026-0001).
 */
public record ProtocolMiss(String protocolId, int version, String title, List<MissReason> reasons, String reference) {

    public ProtocolMiss {
        reasons = List.copyOf(reasons);
    }

    public ProtocolMiss(String protocolId, int version, String title, List<MissReason> reasons) {
        this(protocolId, version, title, reasons, null);
    }

    /** Whether the protocol names the flow's recipient at all. */
    public boolean namesRecipient() {
        return !reasons.contains(MissReason.RECIPIENT_NOT_COVERED);
    }
}
