package be.stroomplan.dossiers.network;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import be.stroomplan.audit.AuditAction;
import be.stroomplan.audit.AuditRecord;
import be.stroomplan.audit.AuditTrail;
import be.stroomplan.partners.UserProfile;
import be.stroomplan.protocols.CompartmentKind;
import be.stroomplan.sharing.Compartment;
import be.stroomplan.sharing.Compartments;
import be.stroomplan.subjects.Relation;
import be.stroomplan.subjects.SubjectNetwork;
import be.stroomplan.subjects.SubjectPath;
import be.stroomplan.subjects.SubjectRegister;

import org.jgrapht.Graph;
import org.jgrapht.GraphPath;
import org.jgrapht.alg.shortestpath.BFSShortestPath;
import org.jgrapht.graph.Pseudograph;
import org.springframework.stereotype.Service;

/**
 * The networks of the KALI dossiers a user may read. Everything is read through the subject
 * register, so only readable subjects and relations ever reach the analysis, and each request
 * leaves one audit row with its dossiers and purpose. A dossier the user is not a member of, or an
 * id that is not a dossier, is not found.
 */
@Service
public class Networks {

    private final SubjectRegister register;
    private final Compartments compartments;
    private final AuditTrail audit;

    Networks(SubjectRegister register, Compartments compartments, AuditTrail audit) {
        this.register = register;
        this.compartments = compartments;
        this.audit = audit;
    }

    /** The KALI dossiers the user is a member of, newest first. */
    public List<Compartment> dossiers(UserProfile user) {
        return compartments.compartmentsOf(user).stream().map(Map.Entry::getKey).filter(c -> c.kind() == CompartmentKind.DOSSIER).toList();
    }

    /** One dossier's network; 404 for a dossier the user may not read. */
    public NetworkView dossier(UserProfile user, String dossierId, NetworkFilter filter) {
        Compartment dossier = readableDossier(user, dossierId);
        return view(user, List.of(dossier), filter);
    }

    /** The network of every dossier the user may read. */
    public NetworkView all(UserProfile user, NetworkFilter filter) {
        return view(user, dossiers(user), filter);
    }

    /** The readable neighbourhood of a subject, 1 to 3 links deep, at most 500 subjects (audited once by the register). */
    public NetworkView neighbourhood(UserProfile user, String subjectId, int depth) {
        SubjectNetwork network = register.neighbourhood(user, subjectId, depth, null);
        List<Compartment> dossiers = dossiers(user).stream()
                .filter(d -> network.nodes().stream().anyMatch(n -> d.id().equals(n.compartment()))).toList();
        return new NetworkView(dossiers, NetworkFilter.NONE, network.nodes(), network.relations(),
                NetworkAnalysis.analyse(NetworkView.graph(network.nodes(), network.relations())));
    }

    /**
     * A shortest path between two subjects over the readable network of one dossier (or of every
     * readable dossier when {@code dossierId} is empty), relations filtered as shown. Empty when
     * they are not linked; 404 when either is not in that network.
     */
    public Optional<SubjectPath> path(UserProfile user, String fromId, String toId, String dossierId, NetworkFilter filter) {
        NetworkView view = dossierId == null || dossierId.isBlank() ? all(user, filter) : dossier(user, dossierId, filter);
        UUID from = subject(fromId);
        UUID to = subject(toId);
        Graph<UUID, UUID> graph = new Pseudograph<>(UUID.class);
        view.nodes().forEach(n -> graph.addVertex(n.id()));
        if (!graph.containsVertex(from) || !graph.containsVertex(to)) {
            throw new NetworkNotFound("subject");
        }
        for (Relation relation : view.relations()) {
            graph.addEdge(relation.source(), relation.target(), relation.id());
        }
        GraphPath<UUID, UUID> path = BFSShortestPath.findPathBetween(graph, from, to);
        return Optional.ofNullable(path).map(p -> new SubjectPath(p.getVertexList(), p.getEdgeList()));
    }

    /** Records the export of a network the user has just been shown. */
    public void recordExport(UserProfile user, NetworkView view, String format) {
        Compartment single = view.dossiers().size() == 1 ? view.dossiers().get(0) : null;
        audit.record(AuditRecord.of(AuditAction.EXPORT).objectType("NETWORK").compartment(single == null ? null : single.id())
                .purpose(String.join(", ", view.dossiers().stream().map(c -> c.id().toString()).toList()))
                .legalBasis(String.join("; ", view.dossiers().stream().map(c -> c.kind().legalBasis(c.id().toString())).toList()))
                .details(format + " export by " + user.username() + ": " + view.summary()).build());
    }

    private NetworkView view(UserProfile user, List<Compartment> dossiers, NetworkFilter filter) {
        SubjectNetwork network = register.network(user, dossiers.stream().map(Compartment::id).toList(), null);
        List<Relation> relations = network.relations().stream().filter(filter::accepts).toList();
        List<SubjectNetwork.Node> nodes = network.nodes();
        if (!filter.isEmpty()) {
            Set<UUID> linked = new HashSet<>();
            relations.forEach(r -> {
                linked.add(r.source());
                linked.add(r.target());
            });
            nodes = nodes.stream().filter(n -> linked.contains(n.id())).toList();
        }
        return new NetworkView(dossiers, filter, nodes, relations, NetworkAnalysis.analyse(NetworkView.graph(nodes, relations)));
    }

    private Compartment readableDossier(UserProfile user, String dossierId) {
        UUID id = subjectOrDossier(dossierId, "dossier");
        return dossiers(user).stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow(() -> new NetworkNotFound("dossier"));
    }

    private static UUID subject(String value) {
        return subjectOrDossier(value, "subject");
    }

    private static UUID subjectOrDossier(String value, String what) {
        try {
            return UUID.fromString(value == null ? "" : value.trim());
        } catch (IllegalArgumentException e) {
            throw new NetworkNotFound(what);
        }
    }
}
