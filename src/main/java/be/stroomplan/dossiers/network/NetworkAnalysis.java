package be.stroomplan.dossiers.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import be.stroomplan.dossiers.network.NetworkReport.FrontCompanyReason;
import be.stroomplan.dossiers.network.NetworkReport.Scores;
import be.stroomplan.subjects.RelationType;
import be.stroomplan.subjects.SubjectType;

import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * The analysis of a network, pure (no Spring, no database): degree and betweenness centrality for
 * the key players, communities for the clans, articulation points and bridges for the facilitators,
 * and likely front companies. Deterministic: the same graph gives the same report.
 */
public final class NetworkAnalysis {

    /**
     * The knobs of the analysis.
     *
     * @param frontCompanyDegree a company with at least this many links, and at least twice the mean degree, is flagged MANY_LINKS
     * @param frontCompanyPercentile a company whose degree is at least this quantile of all degrees (and at least 3) is flagged TOP_DEGREE
     * @param sharedAddressCompanies an address where at least this many companies are registered flags them SHARED_ADDRESS
     * @param exactBetweennessLimit up to this many nodes the betweenness is exact, above it sampled
     * @param betweennessPivots the number of sources of the sampled betweenness
     * @param keyPlayers how many key players to list
     */
    public record Settings(int frontCompanyDegree, double frontCompanyPercentile, int sharedAddressCompanies, int exactBetweennessLimit,
                           int betweennessPivots, int keyPlayers, long seed) {

        public static final Settings DEFAULTS = new Settings(5, 0.99, 3, 1_000, 500, 10, 20261128L);
    }

    private NetworkAnalysis() {
    }

    public static NetworkReport analyse(NetworkGraph graph) {
        return analyse(graph, Settings.DEFAULTS);
    }

    public static NetworkReport analyse(NetworkGraph graph, Settings settings) {
        IndexedGraph indexed = IndexedGraph.of(graph);
        int n = indexed.size();
        boolean exact = n <= settings.exactBetweennessLimit();
        // Brandes on arrays: the same figures as JGraphT's BetweennessCentrality (NetworkAnalysisTests), an order
        // of magnitude faster (docs/BENCHMARKS.md)
        double[] betweenness = exact ? Betweenness.exact(indexed) : Betweenness.sampled(indexed, settings.betweennessPivots(), settings.seed());
        int[] community = Communities.of(indexed);
        CutPoints cuts = CutPoints.of(indexed);
        Map<String, List<FrontCompanyReason>> fronts = frontCompanies(graph, indexed, settings);

        Map<String, Scores> scores = new LinkedHashMap<>();
        double pairs = n > 2 ? (n - 1) * (n - 2) / 2.0 : 1;
        for (int i = 0; i < n; i++) {
            String id = indexed.ids.get(i);
            int degree = indexed.degree(i);
            scores.put(id, new Scores(degree, n > 1 ? degree / (double) (n - 1) : 0, round(betweenness[i]), round(betweenness[i] / pairs),
                    community[i], cuts.articulation[i], fronts.getOrDefault(id, List.of())));
        }
        List<String> bridges = graph.edges().stream().filter(e -> isBridge(indexed, cuts, e)).map(NetworkGraph.Edge::id).toList();
        List<String> articulation = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (cuts.articulation[i]) {
                articulation.add(indexed.ids.get(i));
            }
        }
        List<String> keyPlayers = indexed.ids.stream().filter(id -> scores.get(id).degree() > 0)
                .sorted(Comparator.comparingDouble((String id) -> -scores.get(id).betweenness())
                        .thenComparingInt(id -> -scores.get(id).degree()).thenComparing(id -> id))
                .limit(settings.keyPlayers()).toList();
        int communities = Arrays.stream(community).max().orElse(-1) + 1;
        return new NetworkReport(scores, communities, articulation, bridges, keyPlayers, exact,
                exact ? n : Math.min(n, settings.betweennessPivots()));
    }

    private static boolean isBridge(IndexedGraph indexed, CutPoints cuts, NetworkGraph.Edge edge) {
        Integer a = indexed.index.get(edge.source());
        Integer b = indexed.index.get(edge.target());
        return a != null && b != null && !a.equals(b) && cuts.bridges.contains(CutPoints.pair(a, b));
    }

    /** Exact betweenness with JGraphT's implementation of Brandes, each unordered pair once: the reference for ours. */
    static double[] exactBetweenness(Graph<String, DefaultEdge> simple, IndexedGraph indexed) {
        Map<String, Double> scores = new BetweennessCentrality<>(simple, false).getScores();
        double[] result = new double[indexed.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = scores.get(indexed.ids.get(i));
        }
        return result;
    }

    static Graph<String, DefaultEdge> jgrapht(IndexedGraph indexed) {
        Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        indexed.ids.forEach(graph::addVertex);
        for (int i = 0; i < indexed.size(); i++) {
            for (int j : indexed.neighbours[i]) {
                if (i < j) {
                    graph.addEdge(indexed.ids.get(i), indexed.ids.get(j));
                }
            }
        }
        return graph;
    }

    private static Map<String, List<FrontCompanyReason>> frontCompanies(NetworkGraph graph, IndexedGraph indexed, Settings settings) {
        Map<String, SubjectType> types = new HashMap<>();
        graph.nodes().forEach(node -> types.put(node.id(), node.type()));
        int[] degrees = new int[indexed.size()];
        Arrays.setAll(degrees, indexed::degree);
        double manyLinks = Math.max(settings.frontCompanyDegree(), degrees.length == 0 ? 0 : 2.0 * Arrays.stream(degrees).sum() / degrees.length);
        Arrays.sort(degrees);
        int quantile = degrees.length == 0 ? 0
                : degrees[Math.min(degrees.length - 1, (int) Math.ceil(settings.frontCompanyPercentile() * degrees.length) - 1)];
        Map<String, Set<String>> registered = new HashMap<>();
        for (NetworkGraph.Edge edge : graph.edges()) {
            if (edge.type() == RelationType.REGISTERED_AT && types.get(edge.source()) == SubjectType.COMPANY
                    && types.get(edge.target()) == SubjectType.ADDRESS) {
                registered.computeIfAbsent(edge.target(), a -> new HashSet<>()).add(edge.source());
            }
        }
        Set<String> shared = new HashSet<>();
        registered.values().stream().filter(companies -> companies.size() >= settings.sharedAddressCompanies()).forEach(shared::addAll);
        Map<String, List<FrontCompanyReason>> result = new HashMap<>();
        for (int i = 0; i < indexed.size(); i++) {
            String id = indexed.ids.get(i);
            if (types.get(id) != SubjectType.COMPANY) {
                continue;
            }
            List<FrontCompanyReason> reasons = new ArrayList<>();
            int degree = indexed.degree(i);
            if (degree >= manyLinks) {
                reasons.add(FrontCompanyReason.MANY_LINKS);
            }
            if (degree >= 3 && degree >= quantile) {
                reasons.add(FrontCompanyReason.TOP_DEGREE);
            }
            if (shared.contains(id)) {
                reasons.add(FrontCompanyReason.SHARED_ADDRESS);
            }
            if (!reasons.isEmpty()) {
                result.put(id, List.copyOf(reasons));
            }
        }
        return result;
    }

    private static double round(double value) {
        return Math.round(value * 1_000_000d) / 1_000_000d;
    }
}
