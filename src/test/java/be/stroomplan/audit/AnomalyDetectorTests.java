package be.stroomplan.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import be.stroomplan.audit.AccessLogGenerator.Event;
import be.stroomplan.audit.internal.AccessAnomaly;
import be.stroomplan.audit.internal.AnomalyDetector;
import be.stroomplan.audit.internal.UserActivity;

import org.junit.jupiter.api.Test;

/**
 * The anomaly flags on generated weeks of access logs: each planted anomaly is flagged, with the
 * right flag, and ordinary users are not, over many seeds.
 */
class AnomalyDetectorTests {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);
    private final AnomalyDetector detector = new AnomalyDetector(AnomalyDetector.Thresholds.DEFAULTS);

    @Test
    void plantedAnomaliesAreFlaggedWithTheirFlagAndNobodyElse() {
        for (long seed = 1; seed <= 200; seed++) {
            AccessLogGenerator generator = new AccessLogGenerator(seed, MONDAY);
            List<Event> log = new ArrayList<>(generator.week("PZ_ANTWERPEN", "pz.", 14, true));
            log.addAll(generator.week("STAD_ANTWERPEN", "stad.", 9, false));
            Map<String, Set<AccessAnomaly>> flags = detector.flag(aggregate(log));

            assertThat(flags.get("pz.searcher")).as("seed %d", seed).contains(AccessAnomaly.SEARCH_VOLUME);
            assertThat(flags.get("pz.night-owl")).as("seed %d", seed).contains(AccessAnomaly.ODD_HOURS);
            assertThat(flags.get("pz.prober")).as("seed %d", seed).contains(AccessAnomaly.MANY_DENIALS);
            assertThat(flags.get("pz.exporter")).as("seed %d", seed).contains(AccessAnomaly.BULK_EXPORT);
            Set<String> flagged = flags.entrySet().stream().filter(e -> !e.getValue().isEmpty()).map(Map.Entry::getKey)
                    .collect(Collectors.toSet());
            assertThat(flagged).as("seed %d: %s", seed, flags)
                    .containsExactlyInAnyOrder("pz.searcher", "pz.night-owl", "pz.prober", "pz.exporter");
        }
    }

    @Test
    void ordinaryWeeksRaiseNoFlag() {
        for (long seed = 1000; seed < 1200; seed++) {
            AccessLogGenerator generator = new AccessLogGenerator(seed, MONDAY);
            List<Event> log = new ArrayList<>(generator.week("FGP_ANTWERPEN", "fgp.", 20, false));
            log.addAll(generator.week("DOUANE", "douane.", 3, false));
            assertThat(detector.flag(aggregate(log)).values()).as("seed %d", seed).allMatch(Set::isEmpty);
        }
    }

    @Test
    void aSmallOrganisationIsComparedWithEveryoneAndAQuietPeerGroupNeedsAClearExcess() {
        List<UserActivity> activity = List.of(
                new UserActivity("a", "SMALL", 30, 10, 20, 0, 0, 0, 20),
                new UserActivity("b", "SMALL", 200, 150, 50, 0, 0, 0, 60),
                new UserActivity("c", "BIG", 30, 9, 21, 0, 0, 0, 20),
                new UserActivity("d", "BIG", 30, 11, 19, 0, 0, 0, 20),
                new UserActivity("e", "BIG", 30, 10, 20, 0, 0, 0, 20));
        assertThat(detector.flag(activity).get("b")).containsExactly(AccessAnomaly.SEARCH_VOLUME);
        assertThat(detector.flag(activity).get("a")).isEmpty();

        List<UserActivity> identical = List.of(new UserActivity("x", "O", 10, 10, 0, 0, 0, 0, 5),
                new UserActivity("y", "O", 10, 10, 0, 0, 0, 0, 5), new UserActivity("z", "O", 50, 50, 0, 0, 0, 0, 5));
        assertThat(detector.flag(identical).get("z")).as("5x the median of identical peers").containsExactly(AccessAnomaly.SEARCH_VOLUME);
        List<UserActivity> busy = List.of(new UserActivity("x", "O", 10, 10, 0, 0, 0, 0, 5),
                new UserActivity("y", "O", 10, 10, 0, 0, 0, 0, 5), new UserActivity("z", "O", 35, 35, 0, 0, 0, 0, 5));
        assertThat(detector.flag(busy).get("z")).as("3.5x the median is busy, not anomalous").isEmpty();
        assertThat(detector.flag(List.of(new UserActivity("only", "O", 25, 25, 0, 0, 0, 0, 5))).get("only"))
                .as("alone, no peers to exceed").isEmpty();
    }

    /** Counts the log the way the database query does. */
    static List<UserActivity> aggregate(List<Event> log) {
        Map<String, List<Event>> byUser = log.stream().collect(Collectors.groupingBy(Event::user, LinkedHashMap::new, Collectors.toList()));
        List<UserActivity> activity = new ArrayList<>();
        byUser.forEach((user, events) -> activity.add(new UserActivity(user, events.get(0).organisation(), events.size(),
                count(events, "SEARCH"), count(events, "READ"),
                events.stream().filter(e -> e.action().equals("DENIED") || e.outcome().equals("DENIED")).count(),
                count(events, "EXPORT"),
                events.stream().filter(e -> {
                    int hour = ZonedDateTime.ofInstant(e.at(), AccessLogGenerator.BRUSSELS).getHour();
                    return hour >= 22 || hour < 6;
                }).count(), 0)));
        return activity;
    }

    private static long count(List<Event> events, String action) {
        return events.stream().filter(e -> e.action().equals(action)).count();
    }
}
