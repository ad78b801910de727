package be.stroomplan.dossiers.network;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.Test;

/**
 * The time of each step of the network analysis on a generated network of
 * {@value #DEFAULT_SUBJECTS} subjects and {@value #DEFAULT_RELATIONS} relations
 * ({@link SyntheticNetwork}); a benchmark, not a test (its name keeps it out of the normal build).
 * Run it with {@code bench/network.sh}. Pure: no Spring, no database.
 * <p>
 * Steps: building the index, degrees, betweenness sampled from {@code bench.pivots} sources and
 * exact (every source; both with this module's Brandes on arrays, and the sample's error against
 * the exact figures), communities (Louvain) with their modularity, articulation points and bridges
 * (JGraphT), and the whole {@link NetworkAnalysis#analyse} as the service runs it. For scale,
 * JGraphT's own exact betweenness against ours on a network a tenth of the size.
 */
class NetworkAnalysisBenchmark {

    static final int DEFAULT_SUBJECTS = 50_000;
    static final int DEFAULT_RELATIONS = 200_000;

    final int subjects = Integer.getInteger("bench.subjects", DEFAULT_SUBJECTS);
    final int relations = Integer.getInteger("bench.relations", DEFAULT_RELATIONS);
    final int pivots = Integer.getInteger("bench.pivots", 500);
    final boolean exact = Boolean.parseBoolean(System.getProperty("bench.exact", "true"));

    final StringBuilder report = new StringBuilder();

    @Test
    void analysisOfALargeNetwork() throws IOException {
        line("Network analysis on %,d subjects and %,d relations (seed 42), %d cores, load before %s", subjects, relations,
                Runtime.getRuntime().availableProcessors(), load());
        SyntheticNetwork network = time("generate the network (not part of the analysis)", () -> SyntheticNetwork.generate(subjects, relations, 42));
        NetworkGraph graph = network.graph();
        IndexedGraph indexed = time("index: distinct undirected links as arrays", () -> IndexedGraph.of(graph));
        line("  %,d nodes, %,d distinct links, mean degree %.2f, max degree %d", indexed.size(), indexed.links,
                2.0 * indexed.links / indexed.size(), IntStream.range(0, indexed.size()).map(indexed::degree).max().orElse(0));
        time("degree centrality", () -> IntStream.range(0, indexed.size()).map(indexed::degree).toArray());
        double[] sampled = time("betweenness, sampled from " + pivots + " pivots (Brandes on arrays)",
                () -> Betweenness.sampled(indexed, pivots, 20261128L));
        if (exact) {
            double[] full = time("betweenness, exact: every node a source (Brandes on arrays)", () -> Betweenness.exact(indexed));
            compare(sampled, full);
        }
        int[] communities = time("communities: Louvain (deterministic local moving + aggregation)", () -> Communities.of(indexed));
        line("  %,d communities, modularity %.3f, largest %,d", Arrays.stream(communities).max().orElse(-1) + 1,
                modularity(indexed, communities), largest(communities));
        CutPoints cuts = time("articulation points and bridges (Hopcroft-Tarjan on an explicit stack)", () -> CutPoints.of(indexed));
        int cutpoints = 0;
        for (boolean cut : cuts.articulation) {
            cutpoints += cut ? 1 : 0;
        }
        line("  %,d articulation points, %,d bridges", cutpoints, cuts.bridges.size());
        NetworkReport whole = time("whole NetworkAnalysis.analyse (sampled betweenness above 5,000 nodes)", () -> NetworkAnalysis.analyse(graph));
        line("  %,d communities, %,d front companies flagged", whole.communities(),
                whole.scores().values().stream().filter(s -> !s.frontCompany().isEmpty()).count());

        int small = subjects / 10;
        line("");
        line("For scale: exact betweenness on %,d subjects and %,d relations", small, relations / 10);
        IndexedGraph tenth = IndexedGraph.of(SyntheticNetwork.generate(small, relations / 10, 7).graph());
        Graph<String, DefaultEdge> tenthGraph = NetworkAnalysis.jgrapht(tenth);
        double[] theirs = time("JGraphT BetweennessCentrality (exact)", () -> NetworkAnalysis.exactBetweenness(tenthGraph, tenth));
        double[] ours = time("Brandes on arrays (exact)", () -> Betweenness.exact(tenth));
        double worst = 0;
        for (int i = 0; i < ours.length; i++) {
            worst = Math.max(worst, Math.abs(ours[i] - theirs[i]));
        }
        line("  largest difference between the two: %.2e", worst);
        line("load after %s", load());
        Path out = Path.of("target", "bench", "network-analysis.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
    }

    private void compare(double[] sampled, double[] full) {
        Integer[] byExact = order(full);
        Integer[] bySample = order(sampled);
        for (int k : List.of(10, 100)) {
            Set<Integer> top = new HashSet<>(Arrays.asList(byExact).subList(0, k));
            long overlap = Arrays.asList(bySample).subList(0, k).stream().filter(top::contains).count();
            double error = 0;
            for (int i = 0; i < k; i++) {
                int node = byExact[i];
                error += Math.abs(sampled[node] - full[node]) / full[node];
            }
            line("  sample against exact: %d of the exact top %d in the sampled top %d; mean relative error on them %.1f %%", overlap, k, k,
                    100 * error / k);
        }
    }

    private static Integer[] order(double[] scores) {
        Integer[] order = new Integer[scores.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparingInt(i -> i));
        return order;
    }

    /** Newman's modularity of a partition of an unweighted graph. */
    private static double modularity(IndexedGraph graph, int[] community) {
        int count = Arrays.stream(community).max().orElse(-1) + 1;
        double[] inside = new double[count];
        double[] degrees = new double[count];
        for (int v = 0; v < graph.size(); v++) {
            degrees[community[v]] += graph.degree(v);
            for (int w : graph.neighbours[v]) {
                if (community[w] == community[v]) {
                    inside[community[v]] += 0.5;
                }
            }
        }
        double m = graph.links;
        double q = 0;
        for (int c = 0; c < count; c++) {
            q += inside[c] / m - Math.pow(degrees[c] / (2 * m), 2);
        }
        return q;
    }

    private static int largest(int[] community) {
        int[] sizes = new int[Arrays.stream(community).max().orElse(-1) + 1];
        for (int c : community) {
            sizes[c]++;
        }
        return Arrays.stream(sizes).max().orElse(0);
    }

    private <T> T time(String step, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        long ms = (System.nanoTime() - start) / 1_000_000;
        line("%-78s %,10d ms", step, ms);
        return result;
    }

    private void line(String format, Object... arguments) {
        report.append(String.format(Locale.ROOT, format, arguments)).append('\n');
    }

    private static String load() {
        try {
            return String.join(" ", Arrays.copyOf(Files.readString(Path.of("/proc/loadavg")).split(" "), 3));
        } catch (IOException e) {
            return "unknown";
        }
    }
}
