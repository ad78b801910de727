package be.stroomplan.dossiers.network;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Articulation points and bridges (Hopcroft and Tarjan), by a depth-first walk kept on an explicit
 * stack: a network of any size is walked without one Java frame per subject on the path, which a
 * recursive walk (JGraphT's BiconnectivityInspector) needs and which overflows the thread stack on
 * a connected network of tens of thousands of subjects. The graph is simple (IndexedGraph), so the
 * link back to a node's parent is recognised by the parent alone.
 */
final class CutPoints {

    final boolean[] articulation;
    /** The bridges, each as {@link #pair} of its two nodes. */
    final Set<Long> bridges;

    private CutPoints(boolean[] articulation, Set<Long> bridges) {
        this.articulation = articulation;
        this.bridges = bridges;
    }

    static long pair(int a, int b) {
        return ((long) Math.min(a, b) << 32) | Math.max(a, b);
    }

    static CutPoints of(IndexedGraph graph) {
        int n = graph.size();
        int[] discovered = new int[n];
        int[] low = new int[n];
        int[] parent = new int[n];
        int[] next = new int[n];
        int[] stack = new int[n];
        Arrays.fill(discovered, -1);
        Arrays.fill(parent, -1);
        boolean[] articulation = new boolean[n];
        Set<Long> bridges = new HashSet<>();
        int time = 0;
        for (int root = 0; root < n; root++) {
            if (discovered[root] >= 0) {
                continue;
            }
            int depth = 0;
            stack[depth++] = root;
            discovered[root] = low[root] = time++;
            int rootChildren = 0;
            while (depth > 0) {
                int v = stack[depth - 1];
                if (next[v] < graph.neighbours[v].length) {
                    int w = graph.neighbours[v][next[v]++];
                    if (discovered[w] < 0) {
                        parent[w] = v;
                        discovered[w] = low[w] = time++;
                        stack[depth++] = w;
                        if (v == root) {
                            rootChildren++;
                        }
                    } else if (w != parent[v]) {
                        low[v] = Math.min(low[v], discovered[w]);
                    }
                    continue;
                }
                depth--;
                int p = parent[v];
                if (p >= 0) {
                    low[p] = Math.min(low[p], low[v]);
                    if (low[v] > discovered[p]) {
                        bridges.add(pair(p, v));
                    }
                    if (p != root && low[v] >= discovered[p]) {
                        articulation[p] = true;
                    }
                }
            }
            articulation[root] = rootChildren > 1;
        }
        return new CutPoints(articulation, bridges);
    }
}
