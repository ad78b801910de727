package be.stroomplan.dossiers.network;

import java.util.List;
import java.util.Map;

/**
 * What the analysis found: the scores of every node, the communities, the facilitators
 * (articulation points, and bridges as relation ids) and the key players, best first.
 *
 * @param betweennessSamples the number of source subjects the betweenness was computed from; equal
 *        to the number of nodes when it is exact
 */
public record NetworkReport(Map<String, Scores> scores, int communities, List<String> articulationPoints, List<String> bridges,
                            List<String> keyPlayers, boolean betweennessExact, int betweennessSamples) {

    public NetworkReport {
        scores = Map.copyOf(scores);
        articulationPoints = List.copyOf(articulationPoints);
        bridges = List.copyOf(bridges);
        keyPlayers = List.copyOf(keyPlayers);
    }

    /**
     * The scores of one node.
     *
     * @param degree the number of other subjects it is linked to
     * @param degreeCentrality the degree divided by n - 1
     * @param betweenness the number of shortest paths between other pairs through it (each pair
     *        once, a pair with several shortest paths counting the share through it)
     * @param betweennessCentrality the betweenness divided by (n - 1)(n - 2) / 2
     * @param community the community number, 0 for the largest
     * @param frontCompany why a company is a likely front company; empty for anything else
     */
    public record Scores(int degree, double degreeCentrality, double betweenness, double betweennessCentrality, int community,
                         boolean articulationPoint, List<FrontCompanyReason> frontCompany) {

        public Scores {
            frontCompany = List.copyOf(frontCompany);
        }
    }

    /** Why a company looks like a front company. */
    public enum FrontCompanyReason {
        /** At least the configured number of links and twice the mean degree. */
        MANY_LINKS,
        /** Among the top percentile of all nodes by degree. */
        TOP_DEGREE,
        /** Registered at an address where at least the configured number of companies are registered. */
        SHARED_ADDRESS
    }
}
