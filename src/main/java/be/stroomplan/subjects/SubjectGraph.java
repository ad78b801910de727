package be.stroomplan.subjects;

import java.util.List;
import java.util.UUID;

/** The neighbourhood of a subject: the subjects within the depth that the user may read, and the links between them. */
public record SubjectGraph(UUID root, int depth, List<Node> nodes, List<Relation> edges) {

    public SubjectGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** A subject in the graph with its distance from the root. */
    public record Node(UUID id, String ref, SubjectType type, String name, int depth) {
    }
}
