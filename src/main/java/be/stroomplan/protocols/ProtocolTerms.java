package be.stroomplan.protocols;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * What the pure {@link PolicyRules} need to know of the protocol register: the coverage of a data
 * flow and the managed list of purposes. {@link PolicyDecisionPoint} answers from the database
 * (with a cache); {@link #of} answers from protocols held in memory, for tests and models.
 */
public interface ProtocolTerms {

    /** Which protocol versions of the flow's provider cover it, and why the others do not. */
    ProtocolAssessment assess(DataFlow flow);

    /** Whether the code is on the managed list of purposes. */
    boolean knowsPurpose(String code);

    /**
     * Terms held in memory: {@code standing} are the versions that stand for their protocols (one
     * per protocol), {@code purposes} the known purpose codes.
     */
    static ProtocolTerms of(Collection<ProtocolVersionTerms> standing, Set<String> purposes) {
        List<ProtocolVersionTerms> versions = List.copyOf(standing);
        Set<String> codes = Set.copyOf(purposes);
        return new ProtocolTerms() {
            @Override
            public ProtocolAssessment assess(DataFlow flow) {
                return ProtocolCoverage.assess(versions.stream().filter(v -> v.provider().equals(flow.provider())).toList(), flow);
            }

            @Override
            public boolean knowsPurpose(String code) {
                return codes.contains(code);
            }
        };
    }
}
