package be.stroomplan.dossiers.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Communities by the Louvain method (Blondel et al. 2008), made deterministic: each pass visits the
 * nodes in index order and moves a node to the neighbouring community with the largest modularity
 * gain, only when the gain is strictly larger than staying (ties go to the community met first);
 * passes repeat until nothing moves, then the communities become the nodes of the next level. Stops
 * when a level merges nothing. Communities are numbered by size, largest first, then by their first
 * node.
 */
final class Communities {

    private static final int MAX_PASSES = 100;

    private Communities() {
    }

    static int[] of(IndexedGraph graph) {
        int n = graph.size();
        // the level graph: weighted adjacency lists and the weight of each node's self-loop
        int[][] adjacent = graph.neighbours;
        double[][] weights = new double[n][];
        for (int i = 0; i < n; i++) {
            weights[i] = new double[adjacent[i].length];
            Arrays.fill(weights[i], 1.0);
        }
        double[] self = new double[n];
        int[] membership = new int[n];
        Arrays.setAll(membership, i -> i);
        int size = n;
        while (true) {
            int[] level = localMoving(size, adjacent, weights, self);
            int count = renumber(level);
            for (int i = 0; i < n; i++) {
                membership[i] = level[membership[i]];
            }
            if (count == size) {
                break;
            }
            // aggregate: one node per community
            double[] newSelf = new double[count];
            List<java.util.Map<Integer, Double>> links = new ArrayList<>(count);
            for (int c = 0; c < count; c++) {
                links.add(new java.util.LinkedHashMap<>());
            }
            for (int v = 0; v < size; v++) {
                newSelf[level[v]] += self[v];
                for (int k = 0; k < adjacent[v].length; k++) {
                    int a = level[v];
                    int b = level[adjacent[v][k]];
                    if (a == b) {
                        newSelf[a] += weights[v][k]; // counted from both ends, like a self-loop's two stubs
                    } else {
                        links.get(a).merge(b, weights[v][k], Double::sum);
                    }
                }
            }
            adjacent = new int[count][];
            weights = new double[count][];
            for (int c = 0; c < count; c++) {
                adjacent[c] = links.get(c).keySet().stream().mapToInt(Integer::intValue).toArray();
                weights[c] = links.get(c).values().stream().mapToDouble(Double::doubleValue).toArray();
            }
            self = newSelf;
            size = count;
        }
        return bySize(membership);
    }

    /** One level's local moving; returns each node's community (a node index). */
    private static int[] localMoving(int size, int[][] adjacent, double[][] weights, double[] self) {
        double[] strength = new double[size];
        double total = 0;
        for (int v = 0; v < size; v++) {
            strength[v] = self[v];
            for (double w : weights[v]) {
                strength[v] += w;
            }
            total += strength[v];
        }
        int[] community = new int[size];
        Arrays.setAll(community, i -> i);
        double[] tot = strength.clone();
        if (total == 0) {
            return community;
        }
        double[] towards = new double[size];
        int[] touched = new int[size];
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            boolean moved = false;
            for (int v = 0; v < size; v++) {
                int own = community[v];
                int count = 0;
                touched[count++] = own;
                towards[own] = 0;
                for (int k = 0; k < adjacent[v].length; k++) {
                    int c = community[adjacent[v][k]];
                    if (towards[c] == 0 && c != own) { // weights are positive: zero means not met yet
                        touched[count++] = c;
                    }
                    towards[c] += weights[v][k];
                }
                tot[own] -= strength[v];
                int best = own;
                double bestGain = towards[own] - tot[own] * strength[v] / total;
                for (int i = 1; i < count; i++) {
                    int c = touched[i];
                    double gain = towards[c] - tot[c] * strength[v] / total;
                    if (gain > bestGain + 1e-12) {
                        best = c;
                        bestGain = gain;
                    }
                }
                tot[best] += strength[v];
                community[v] = best;
                moved |= best != own;
                for (int i = 0; i < count; i++) {
                    towards[touched[i]] = 0;
                }
            }
            if (!moved) {
                break;
            }
        }
        return community;
    }

    /** Renumbers communities 0.. in order of their first node; returns how many there are. */
    private static int renumber(int[] community) {
        int[] map = new int[community.length];
        Arrays.fill(map, -1);
        int next = 0;
        for (int i = 0; i < community.length; i++) {
            if (map[community[i]] < 0) {
                map[community[i]] = next++;
            }
            community[i] = map[community[i]];
        }
        return next;
    }

    private static int[] bySize(int[] membership) {
        int count = Arrays.stream(membership).max().orElse(-1) + 1;
        int[] sizes = new int[count];
        for (int c : membership) {
            sizes[c]++;
        }
        Integer[] order = new Integer[count];
        Arrays.setAll(order, i -> i);
        // communities are already numbered by first node, so a stable sort by size keeps that as the tie-break
        Arrays.sort(order, (a, b) -> Integer.compare(sizes[b], sizes[a]));
        int[] rank = new int[count];
        for (int i = 0; i < count; i++) {
            rank[order[i]] = i;
        }
        int[] result = new int[membership.length];
        for (int i = 0; i < membership.length; i++) {
            result[i] = rank[membership[i]];
        }
        return result;
    }
}
