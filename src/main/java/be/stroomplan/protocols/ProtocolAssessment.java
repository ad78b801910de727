package be.stroomplan.protocols;

import java.util.List;

/**
 * The answer of {@link ProtocolCoverage#assess}: the protocol versions that cover a flow, and the
 * other protocols of the same provider with the reasons they do not.
 */
public record ProtocolAssessment(List<CoveringProtocol> covering, List<ProtocolMiss> misses) {

    public ProtocolAssessment {
        covering = List.copyOf(covering);
        misses = List.copyOf(misses);
    }

    /** At least one active protocol version covers the flow. */
    public boolean covered() {
        return !covering.isEmpty();
    }
}
