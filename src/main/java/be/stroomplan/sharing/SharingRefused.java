package be.stroomplan.sharing;

import java.util.List;

import be.stroomplan.protocols.DenyReason;
import be.stroomplan.protocols.Explanation;
import be.stroomplan.protocols.PolicyDecision;

/** The policy refused (403 with the reasons); the refusal is on record already. */
public class SharingRefused extends RuntimeException {

    private final transient List<Explanation> explanations;

    public SharingRefused(PolicyDecision decision) {
        this(decision.explanations());
    }

    public SharingRefused(DenyReason reason) {
        this(List.of(Explanation.of(reason)));
    }

    private SharingRefused(List<Explanation> explanations) {
        super("refused: " + explanations.stream().map(e -> e.reason().name()).distinct().toList());
        this.explanations = List.copyOf(explanations);
    }

    public List<Explanation> explanations() {
        return explanations;
    }
}
