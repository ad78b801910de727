package be.stroomplan.subjects;

import java.util.List;
import java.util.UUID;

/**
 * The subjects of a set of compartments that the user may read and the readable relations among
 * them: the raw material of a network analysis, read in one go and audited once.
 */
public record SubjectNetwork(List<Node> nodes, List<Relation> relations) {

    public SubjectNetwork {
        nodes = List.copyOf(nodes);
        relations = List.copyOf(relations);
    }

    /** A subject in the network, with the compartment it was recorded in. */
    public record Node(UUID id, UUID compartment, String ref, SubjectType type, String name) {
    }
}
