package be.stroomplan.dossiers.network;

import java.util.List;

import be.stroomplan.subjects.RelationType;
import be.stroomplan.subjects.SubjectType;

/**
 * A network as the analysis sees it: subjects as nodes and relations as edges, by id. Edges are
 * read without direction; several relations between the same two subjects count as one link for
 * the centralities and communities.
 */
public record NetworkGraph(List<Node> nodes, List<Edge> edges) {

    public NetworkGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** A subject. */
    public record Node(String id, SubjectType type, String name) {
    }

    /** A relation from one subject to another. */
    public record Edge(String id, String source, String target, RelationType type) {
    }
}
