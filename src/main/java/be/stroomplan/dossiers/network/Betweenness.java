package be.stroomplan.dossiers.network;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Random;

/**
 * Betweenness centrality by Brandes' algorithm (2001) on an unweighted, undirected graph: one
 * breadth-first search per source, then the dependencies accumulated back. Exact with every node as
 * a source; sampled (Brandes and Pich 2007) with a fixed-seed random set of pivot sources, the
 * result scaled by n / pivots. Each unordered pair counts once.
 */
final class Betweenness {

    private Betweenness() {
    }

    static double[] exact(IndexedGraph graph) {
        int n = graph.size();
        int[] sources = new int[n];
        Arrays.setAll(sources, i -> i);
        return from(graph, sources);
    }

    static double[] sampled(IndexedGraph graph, int pivots, long seed) {
        int n = graph.size();
        if (pivots >= n) {
            return exact(graph);
        }
        int[] order = new int[n];
        Arrays.setAll(order, i -> i);
        Random random = new Random(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        double[] scores = from(graph, Arrays.copyOf(order, pivots));
        double scale = (double) n / pivots;
        for (int i = 0; i < n; i++) {
            scores[i] *= scale;
        }
        return scores;
    }

    private static double[] from(IndexedGraph graph, int[] sources) {
        int n = graph.size();
        double[] centrality = new double[n];
        int[] distance = new int[n];
        double[] paths = new double[n];
        double[] dependency = new double[n];
        int[] stack = new int[n];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int s : sources) {
            Arrays.fill(distance, -1);
            Arrays.fill(paths, 0);
            Arrays.fill(dependency, 0);
            int top = 0;
            distance[s] = 0;
            paths[s] = 1;
            queue.add(s);
            while (!queue.isEmpty()) {
                int v = queue.poll();
                stack[top++] = v;
                for (int w : graph.neighbours[v]) {
                    if (distance[w] < 0) {
                        distance[w] = distance[v] + 1;
                        queue.add(w);
                    }
                    if (distance[w] == distance[v] + 1) {
                        paths[w] += paths[v];
                    }
                }
            }
            while (top > 0) {
                int w = stack[--top];
                for (int v : graph.neighbours[w]) {
                    if (distance[v] == distance[w] - 1) {
                        dependency[v] += paths[v] / paths[w] * (1 + dependency[w]);
                    }
                }
                if (w != s) {
                    centrality[w] += dependency[w];
                }
            }
        }
        for (int i = 0; i < n; i++) {
            centrality[i] /= 2; // every unordered pair was counted from both ends
        }
        return centrality;
    }
}
