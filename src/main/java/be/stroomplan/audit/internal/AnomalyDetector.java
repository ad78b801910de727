package be.stroomplan.audit.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Flags unusual access patterns in per-user activity. Pure: it sees counts, never content.
 * <ul>
 * <li>{@link AccessAnomaly#SEARCH_VOLUME}: at least {@code minSearches} searches, and far above
 * the peers: more than {@code searchRatio} times their median, and a modified z-score
 * (Iglewicz and Hoaglin: 0.6745 × (x − median) / MAD) above {@code searchScore} (when the peers'
 * MAD is 0, the ratio alone decides). The ratio keeps a busy but ordinary user in a quiet team
 * unflagged; the score keeps a ratio in a team of very unequal users from flagging. Peers are the users of the same organisation when it has at least {@code minPeers}
 * active users, otherwise all users of the period. Robust statistics, so that one heavy user does
 * not hide another.</li>
 * <li>{@link AccessAnomaly#ODD_HOURS}: at least {@code minOddHours} accesses between 22:00 and
 * 06:00, and at least {@code oddHoursShare} of all accesses.</li>
 * <li>{@link AccessAnomaly#MANY_DENIALS}: at least {@code minDenials} refusals, or at least half
 * that many making up {@code denialShare} of the accesses.</li>
 * <li>{@link AccessAnomaly#BULK_EXPORT}: at least {@code minExports} exports.</li>
 * </ul>
 * Thresholds are settings ({@code stroomplan.dpo.anomalies.*}); the defaults suit a period of
 * about a week.
 */
@Component
public class AnomalyDetector {

    private final Thresholds thresholds;

    @Autowired
    AnomalyDetector(@Value("${stroomplan.dpo.anomalies.min-searches:20}") int minSearches,
                    @Value("${stroomplan.dpo.anomalies.search-score:3.5}") double searchScore,
                    @Value("${stroomplan.dpo.anomalies.search-ratio:4}") double searchRatio,
                    @Value("${stroomplan.dpo.anomalies.min-peers:5}") int minPeers,
                    @Value("${stroomplan.dpo.anomalies.min-odd-hours:5}") int minOddHours,
                    @Value("${stroomplan.dpo.anomalies.odd-hours-share:0.25}") double oddHoursShare,
                    @Value("${stroomplan.dpo.anomalies.min-denials:10}") int minDenials,
                    @Value("${stroomplan.dpo.anomalies.denial-share:0.2}") double denialShare,
                    @Value("${stroomplan.dpo.anomalies.min-exports:5}") int minExports) {
        this(new Thresholds(minSearches, searchScore, searchRatio, minPeers, minOddHours, oddHoursShare, minDenials, denialShare,
                minExports));
    }

    public AnomalyDetector(Thresholds thresholds) {
        this.thresholds = thresholds;
    }

    /** The thresholds; {@link #DEFAULTS} are those of the settings' defaults. */
    public record Thresholds(int minSearches, double searchScore, double searchRatio, int minPeers, int minOddHours, double oddHoursShare,
                             int minDenials, double denialShare, int minExports) {

        public static final Thresholds DEFAULTS = new Thresholds(20, 3.5, 4, 5, 5, 0.25, 10, 0.2, 5);
    }

    /** The anomalies of each user, in the order given; users without any map to an empty set. */
    public Map<String, Set<AccessAnomaly>> flag(List<UserActivity> activity) {
        Map<String, List<UserActivity>> byOrganisation = activity.stream()
                .collect(Collectors.groupingBy(a -> String.valueOf(a.organisation())));
        Map<String, Set<AccessAnomaly>> flags = new LinkedHashMap<>();
        for (UserActivity user : activity) {
            List<UserActivity> organisation = byOrganisation.get(String.valueOf(user.organisation()));
            List<UserActivity> peers = organisation.size() >= thresholds.minPeers() ? organisation : activity;
            flags.put(user.user(), flags(user, peers));
        }
        return flags;
    }

    private Set<AccessAnomaly> flags(UserActivity user, List<UserActivity> peers) {
        Set<AccessAnomaly> found = EnumSet.noneOf(AccessAnomaly.class);
        if (user.searches() >= thresholds.minSearches() && farAbove(user.searches(), peers)) {
            found.add(AccessAnomaly.SEARCH_VOLUME);
        }
        if (user.oddHours() >= thresholds.minOddHours() && share(user.oddHours(), user.accesses()) >= thresholds.oddHoursShare()) {
            found.add(AccessAnomaly.ODD_HOURS);
        }
        if (user.denials() >= thresholds.minDenials() || (user.denials() * 2 >= thresholds.minDenials()
                && share(user.denials(), user.accesses()) >= thresholds.denialShare())) {
            found.add(AccessAnomaly.MANY_DENIALS);
        }
        if (user.exports() >= thresholds.minExports()) {
            found.add(AccessAnomaly.BULK_EXPORT);
        }
        return found;
    }

    private boolean farAbove(long searches, List<UserActivity> peers) {
        double[] values = peers.stream().mapToDouble(UserActivity::searches).sorted().toArray();
        double median = median(values);
        double[] deviations = Arrays.stream(values).map(v -> Math.abs(v - median)).sorted().toArray();
        double mad = median(deviations);
        if (searches <= thresholds.searchRatio() * Math.max(1, median)) {
            return false;
        }
        return mad == 0 || 0.6745 * (searches - median) / mad > thresholds.searchScore();
    }

    static double median(double[] sorted) {
        if (sorted.length == 0) {
            return 0;
        }
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static double share(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
