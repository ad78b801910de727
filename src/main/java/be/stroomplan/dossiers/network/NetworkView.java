package be.stroomplan.dossiers.network;

import java.util.List;

import be.stroomplan.sharing.Compartment;
import be.stroomplan.subjects.Relation;
import be.stroomplan.subjects.SubjectNetwork;

/**
 * A network as shown to one user: the dossiers it was read from, the readable subjects and the
 * relations that pass the filter, and the analysis of exactly that picture.
 */
public record NetworkView(List<Compartment> dossiers, NetworkFilter filter, List<SubjectNetwork.Node> nodes, List<Relation> relations,
                          NetworkReport report) {

    public NetworkView {
        dossiers = List.copyOf(dossiers);
        nodes = List.copyOf(nodes);
        relations = List.copyOf(relations);
    }

    /** The graph the analysis reads. */
    static NetworkGraph graph(List<SubjectNetwork.Node> nodes, List<Relation> relations) {
        return new NetworkGraph(nodes.stream().map(n -> new NetworkGraph.Node(n.id().toString(), n.type(), n.name())).toList(),
                relations.stream().map(r -> new NetworkGraph.Edge(r.id().toString(), r.source().toString(), r.target().toString(), r.type()))
                        .toList());
    }

    /** A description for the audit trail: how many dossiers, subjects and relations. */
    String summary() {
        return dossiers.size() + " dossier(s) " + dossiers.stream().map(c -> c.id().toString()).toList() + ", " + nodes.size()
                + " subjects, " + relations.size() + " relations" + (filter == null || filter.isEmpty() ? "" : ", filter " + filter);
    }
}
