package be.stroomplan.dossiers.network;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A network as arrays: node i's distinct neighbours, without direction, self-links or repeated
 * links. Edges whose ends are not nodes are ignored. The order of nodes and neighbours follows the
 * input, so every algorithm on it is deterministic.
 */
final class IndexedGraph {

    final List<String> ids;
    final Map<String, Integer> index;
    final int[][] neighbours;
    final int links;

    private IndexedGraph(List<String> ids, Map<String, Integer> index, int[][] neighbours, int links) {
        this.ids = ids;
        this.index = index;
        this.neighbours = neighbours;
        this.links = links;
    }

    static IndexedGraph of(NetworkGraph graph) {
        List<String> ids = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        for (NetworkGraph.Node node : graph.nodes()) {
            if (index.putIfAbsent(node.id(), ids.size()) == null) {
                ids.add(node.id());
            }
        }
        List<Set<Integer>> sets = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            sets.add(new LinkedHashSet<>());
        }
        int links = 0;
        for (NetworkGraph.Edge edge : graph.edges()) {
            Integer a = index.get(edge.source());
            Integer b = index.get(edge.target());
            if (a == null || b == null || a.equals(b)) {
                continue;
            }
            if (sets.get(a).add(b)) {
                sets.get(b).add(a);
                links++;
            }
        }
        int[][] neighbours = new int[ids.size()][];
        for (int i = 0; i < ids.size(); i++) {
            neighbours[i] = sets.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
        return new IndexedGraph(List.copyOf(ids), Map.copyOf(index), neighbours, links);
    }

    int size() {
        return ids.size();
    }

    int degree(int node) {
        return neighbours[node].length;
    }
}
