package be.stroomplan.dossiers.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import be.stroomplan.dossiers.network.NetworkReport.FrontCompanyReason;
import be.stroomplan.subjects.RelationType;
import be.stroomplan.subjects.SubjectType;

import org.junit.jupiter.api.Test;

/** The analysis on small graphs whose scores were worked out by hand (in the comments). */
class NetworkAnalysisTests {

    @Test
    void aPath() {
        // a - b - c - d - e
        // b lies on the shortest paths a-c, a-d, a-e: 3; c on a-d, a-e, b-d, b-e: 4; d like b: 3.
        // n = 5, so (n-1)(n-2)/2 = 6 pairs without the node: b 3/6 = 0.5, c 4/6 = 0.666667.
        NetworkReport report = NetworkAnalysis.analyse(graph(people("a", "b", "c", "d", "e"), "a-b", "b-c", "c-d", "d-e"));
        assertThat(report.scores().get("a").degree()).isEqualTo(1);
        assertThat(report.scores().get("c").degree()).isEqualTo(2);
        assertThat(report.scores().get("c").degreeCentrality()).isEqualTo(0.5);
        assertThat(report.scores().get("a").betweenness()).isZero();
        assertThat(report.scores().get("b").betweenness()).isEqualTo(3);
        assertThat(report.scores().get("c").betweenness()).isEqualTo(4);
        assertThat(report.scores().get("d").betweenness()).isEqualTo(3);
        assertThat(report.scores().get("b").betweennessCentrality()).isEqualTo(0.5);
        assertThat(report.scores().get("c").betweennessCentrality()).isEqualTo(0.666667);
        assertThat(report.articulationPoints()).containsExactly("b", "c", "d");
        assertThat(report.bridges()).containsExactly("a-b", "b-c", "c-d", "d-e");
        assertThat(report.keyPlayers()).startsWith("c", "b", "d");
        assertThat(report.betweennessExact()).isTrue();
    }

    @Test
    void aStar() {
        // the hub lies on the shortest path of every pair of the four leaves: C(4,2) = 6 = all pairs, so 1.0
        NetworkReport report = NetworkAnalysis.analyse(graph(people("hub", "l1", "l2", "l3", "l4"), "hub-l1", "hub-l2", "l3-hub",
                "hub-l4"));
        assertThat(report.scores().get("hub").degree()).isEqualTo(4);
        assertThat(report.scores().get("hub").degreeCentrality()).isEqualTo(1.0);
        assertThat(report.scores().get("hub").betweenness()).isEqualTo(6);
        assertThat(report.scores().get("hub").betweennessCentrality()).isEqualTo(1.0);
        assertThat(report.scores().get("l1").betweenness()).isZero();
        assertThat(report.articulationPoints()).containsExactly("hub");
        assertThat(report.bridges()).hasSize(4);
        assertThat(report.communities()).isEqualTo(1);
        assertThat(report.keyPlayers().get(0)).isEqualTo("hub");
    }

    @Test
    void twoTrianglesJoinedByABridge() {
        // a, b, c and d, e, f are triangles; c - d is the only link between them.
        // Every path from {a, b} to {d, e, f} runs through c (2 x 3 = 6 pairs) and c-e, c-f through d too,
        // so c = d = 6 (c: a-d a-e a-f b-d b-e b-f; d: a-e a-f b-e b-f c-e c-f); a, b, e, f lie on no shortest path.
        // Modularity prefers the two triangles (Q = 2 (3/7 - (7/14)^2) = 0.357) to one community (Q = 0).
        NetworkReport report = NetworkAnalysis.analyse(graph(people("a", "b", "c", "d", "e", "f"),
                "a-b", "b-c", "a-c", "c-d", "d-e", "e-f", "d-f"));
        assertThat(report.articulationPoints()).containsExactly("c", "d");
        assertThat(report.bridges()).containsExactly("c-d");
        assertThat(report.communities()).isEqualTo(2);
        int left = report.scores().get("a").community();
        int right = report.scores().get("f").community();
        assertThat(left).isNotEqualTo(right);
        assertThat(List.of("a", "b", "c").stream().map(id -> report.scores().get(id).community())).containsOnly(left);
        assertThat(List.of("d", "e", "f").stream().map(id -> report.scores().get(id).community())).containsOnly(right);
        assertThat(report.scores().get("c").betweenness()).isEqualTo(6);
        assertThat(report.scores().get("d").betweenness()).isEqualTo(6);
        assertThat(report.scores().get("a").betweenness()).isZero();
        assertThat(report.keyPlayers()).startsWith("c", "d");
    }

    @Test
    void aKiteWithTwoShortestPathsBetweenSomePairs() {
        // a - b, a - c, b - d, c - d, d - e
        // a-d has two shortest paths (via b and via c): b 1/2, c 1/2.  a-e likewise: b 1/2, c 1/2, d 1.
        // b-c has two (via a, via d): a 1/2, d 1/2.  b-e and c-e run through d: d 1 + 1.
        // So a = 0.5, b = 1, c = 1, d = 1 + 0.5 + 1 + 1 = 3.5, e = 0; the sum 6 equals the sum over all
        // pairs of (distance - 1) = 1 + 2 + 1 + 1 + 1.
        NetworkReport report = NetworkAnalysis.analyse(graph(people("a", "b", "c", "d", "e"), "a-b", "a-c", "b-d", "c-d", "d-e"));
        assertThat(report.scores().get("a").betweenness()).isEqualTo(0.5);
        assertThat(report.scores().get("b").betweenness()).isEqualTo(1);
        assertThat(report.scores().get("c").betweenness()).isEqualTo(1);
        assertThat(report.scores().get("d").betweenness()).isEqualTo(3.5);
        assertThat(report.scores().get("e").betweenness()).isZero();
        assertThat(report.articulationPoints()).containsExactly("d");
        assertThat(report.bridges()).containsExactly("d-e");
    }

    @Test
    void ourBrandesAgreesWithJGraphTAndSamplingWithEveryPivotIsExact() {
        Random random = new Random(7);
        List<NetworkGraph.Node> nodes = new ArrayList<>();
        List<String> edges = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            nodes.add(new NetworkGraph.Node("n" + i, SubjectType.PERSON, "n" + i));
        }
        for (int i = 0; i < 150; i++) {
            edges.add("n" + random.nextInt(60) + "-n" + random.nextInt(60));
        }
        IndexedGraph indexed = IndexedGraph.of(graph(nodes, edges.toArray(String[]::new)));
        double[] jgrapht = NetworkAnalysis.exactBetweenness(NetworkAnalysis.jgrapht(indexed), indexed);
        double[] ours = Betweenness.exact(indexed);
        double[] allPivots = Betweenness.sampled(indexed, 60, 1);
        for (int i = 0; i < 60; i++) {
            assertThat(ours[i]).isCloseTo(jgrapht[i], within(1e-9));
            assertThat(allPivots[i]).isCloseTo(jgrapht[i], within(1e-9));
        }
        NetworkReport sampled = NetworkAnalysis.analyse(graph(nodes, edges.toArray(String[]::new)),
                new NetworkAnalysis.Settings(5, 0.99, 3, 10, 30, 10, 1));
        assertThat(sampled.betweennessExact()).isFalse();
        assertThat(sampled.betweennessSamples()).isEqualTo(30);
    }

    @Test
    void cutPointsAgreeWithJGraphTOnRandomNetworks() {
        for (int seed = 0; seed < 20; seed++) {
            Random random = new Random(seed);
            List<NetworkGraph.Node> nodes = new ArrayList<>();
            List<String> edges = new ArrayList<>();
            int size = 10 + random.nextInt(60);
            for (int i = 0; i < size; i++) {
                nodes.add(new NetworkGraph.Node("n" + i, SubjectType.PERSON, "n" + i));
            }
            for (int i = 0; i < size + random.nextInt(size); i++) {
                edges.add("n" + random.nextInt(size) + "-n" + random.nextInt(size));
            }
            IndexedGraph indexed = IndexedGraph.of(graph(nodes, edges.toArray(String[]::new)));
            var simple = NetworkAnalysis.jgrapht(indexed);
            var inspector = new org.jgrapht.alg.connectivity.BiconnectivityInspector<>(simple);
            CutPoints ours = CutPoints.of(indexed);
            Set<String> articulation = new HashSet<>();
            Set<Long> bridges = new HashSet<>();
            for (int i = 0; i < indexed.size(); i++) {
                if (ours.articulation[i]) {
                    articulation.add(indexed.ids.get(i));
                }
            }
            inspector.getBridges().forEach(e -> bridges.add(CutPoints.pair(indexed.index.get(simple.getEdgeSource(e)),
                    indexed.index.get(simple.getEdgeTarget(e)))));
            assertThat(articulation).as("seed %d", seed).isEqualTo(inspector.getCutpoints());
            assertThat(ours.bridges).as("seed %d", seed).isEqualTo(bridges);
        }
    }

    @Test
    void aPathOfAHundredThousandSubjectsIsWalkedWithoutRecursion() {
        int size = 100_000;
        List<NetworkGraph.Node> nodes = new ArrayList<>();
        String[] edges = new String[size - 1];
        for (int i = 0; i < size; i++) {
            nodes.add(new NetworkGraph.Node("n" + i, SubjectType.PERSON, "n" + i));
            if (i > 0) {
                edges[i - 1] = "n" + (i - 1) + "-n" + i;
            }
        }
        CutPoints cuts = CutPoints.of(IndexedGraph.of(graph(nodes, edges)));
        int inner = 0;
        for (boolean cut : cuts.articulation) {
            inner += cut ? 1 : 0;
        }
        assertThat(inner).as("every subject but the two ends").isEqualTo(size - 2);
        assertThat(cuts.bridges).hasSize(size - 1);
    }

    @Test
    void repeatedRelationsAreOneLinkAndABridgeNamesThemAll() {
        NetworkGraph graph = new NetworkGraph(people("a", "b", "c"), List.of(edge("r1", "a", "b", RelationType.FAMILY),
                edge("r2", "b", "a", RelationType.ASSOCIATE), edge("r3", "b", "c", RelationType.ASSOCIATE),
                edge("r4", "c", "c", RelationType.ASSOCIATE), edge("r5", "c", "unknown", RelationType.ASSOCIATE)));
        NetworkReport report = NetworkAnalysis.analyse(graph);
        assertThat(report.scores().get("a").degree()).isEqualTo(1);
        assertThat(report.scores().get("b").degree()).isEqualTo(2);
        assertThat(report.bridges()).containsExactly("r1", "r2", "r3");
        assertThat(report.articulationPoints()).containsExactly("b");
    }

    @Test
    void frontCompanies() {
        // "hub" has five links (MANY_LINKS, and the top degree); x, y, z share the address "addr" (SHARED_ADDRESS);
        // w is registered at its own address and has two links: nothing.
        List<NetworkGraph.Node> nodes = new ArrayList<>(List.of(company("hub"), company("x"), company("y"), company("z"), company("w"),
                new NetworkGraph.Node("addr", SubjectType.ADDRESS, "Noorderlaan 1"),
                new NetworkGraph.Node("own", SubjectType.ADDRESS, "Kaai 2")));
        nodes.addAll(people("p1", "p2", "p3", "p4", "p5"));
        List<NetworkGraph.Edge> edges = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            edges.add(edge("h" + i, "p" + i, "hub", RelationType.DIRECTOR_OF));
        }
        edges.add(edge("rx", "x", "addr", RelationType.REGISTERED_AT));
        edges.add(edge("ry", "y", "addr", RelationType.REGISTERED_AT));
        edges.add(edge("rz", "z", "addr", RelationType.REGISTERED_AT));
        edges.add(edge("rw", "w", "own", RelationType.REGISTERED_AT));
        edges.add(edge("dw", "p1", "w", RelationType.DIRECTOR_OF));
        NetworkReport report = NetworkAnalysis.analyse(new NetworkGraph(nodes, edges));
        assertThat(report.scores().get("hub").frontCompany()).containsExactly(FrontCompanyReason.MANY_LINKS, FrontCompanyReason.TOP_DEGREE);
        assertThat(report.scores().get("x").frontCompany()).containsExactly(FrontCompanyReason.SHARED_ADDRESS);
        assertThat(report.scores().get("z").frontCompany()).containsExactly(FrontCompanyReason.SHARED_ADDRESS);
        assertThat(report.scores().get("w").frontCompany()).isEmpty();
        assertThat(report.scores().get("p1").frontCompany()).as("only companies").isEmpty();
        assertThat(report.scores().get("addr").frontCompany()).isEmpty();
    }

    @Test
    void manyLinksIsRelativeToTheMeanDegree() {
        // a complete graph of 7 persons and one company linked to 5 of them: 21 + 5 = 26 links over 8 nodes,
        // mean degree 52 / 8 = 6.5, so MANY_LINKS needs 13 links: the company's 5 are not many here
        List<NetworkGraph.Node> nodes = new ArrayList<>(people("a", "b", "c", "d", "e", "f", "g"));
        nodes.add(company("co"));
        List<NetworkGraph.Edge> edges = new ArrayList<>();
        List<String> ids = List.of("a", "b", "c", "d", "e", "f", "g");
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                edges.add(edge(ids.get(i) + ids.get(j), ids.get(i), ids.get(j), RelationType.ASSOCIATE));
            }
        }
        for (int i = 0; i < 5; i++) {
            edges.add(edge("d" + i, ids.get(i), "co", RelationType.DIRECTOR_OF));
        }
        NetworkReport report = NetworkAnalysis.analyse(new NetworkGraph(nodes, edges));
        assertThat(report.scores().get("co").degree()).isEqualTo(5);
        assertThat(report.scores().get("co").frontCompany()).doesNotContain(FrontCompanyReason.MANY_LINKS);
    }

    @Test
    void theSameGraphGivesTheSameReport() {
        NetworkGraph graph = graph(people("a", "b", "c", "d", "e", "f", "g"), "a-b", "b-c", "c-a", "c-d", "d-e", "e-f", "f-g", "g-e");
        assertThat(NetworkAnalysis.analyse(graph)).isEqualTo(NetworkAnalysis.analyse(graph));
    }

    @Test
    void anEmptyNetwork() {
        NetworkReport report = NetworkAnalysis.analyse(new NetworkGraph(List.of(), List.of()));
        assertThat(report.scores()).isEmpty();
        assertThat(report.communities()).isZero();
        assertThat(report.keyPlayers()).isEmpty();
    }

    static List<NetworkGraph.Node> people(String... ids) {
        return java.util.Arrays.stream(ids).map(id -> new NetworkGraph.Node(id, SubjectType.PERSON, id.toUpperCase())).toList();
    }

    static NetworkGraph.Node company(String id) {
        return new NetworkGraph.Node(id, SubjectType.COMPANY, id + " BV");
    }

    static NetworkGraph.Edge edge(String id, String source, String target, RelationType type) {
        return new NetworkGraph.Edge(id, source, target, type);
    }

    /** Edges written ‘a-b’, which is also their id. */
    static NetworkGraph graph(List<NetworkGraph.Node> nodes, String... edges) {
        return new NetworkGraph(nodes, java.util.Arrays.stream(edges)
                .map(e -> edge(e, e.substring(0, e.indexOf('-')), e.substring(e.indexOf('-') + 1), RelationType.ASSOCIATE)).toList());
    }
}
