package be.stroomplan.audit;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates a week of access logs for an organisation: ordinary users who work office hours with
 * a varying but ordinary volume, and, on request, planted anomalies (a mass searcher, a night
 * owl, a prober collecting refusals, a bulk exporter). Seeded: the same seed gives the same log.
 */
final class AccessLogGenerator {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    record Event(String user, String organisation, String action, String outcome, Instant at) {
    }

    static final String SEARCHER = "searcher";
    static final String NIGHT_OWL = "night-owl";
    static final String PROBER = "prober";
    static final String EXPORTER = "exporter";
    static final List<String> PLANTED = List.of(SEARCHER, NIGHT_OWL, PROBER, EXPORTER);

    private final Random random;
    private final LocalDate monday;

    AccessLogGenerator(long seed, LocalDate monday) {
        this.random = new Random(seed);
        this.monday = monday;
    }

    /** A week of {@code users} ordinary users of {@code organisation}, plus the planted ones if asked. */
    List<Event> week(String organisation, String prefix, int users, boolean plant) {
        List<Event> events = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            ordinary(events, prefix + "user" + u, organisation, 0.6 + random.nextDouble() * 0.8);
        }
        if (plant) {
            String searcher = prefix + SEARCHER;
            ordinary(events, searcher, organisation, 1.0);
            for (int day = 0; day < 5; day++) {
                for (int i = 0; i < 45; i++) {
                    events.add(event(searcher, organisation, "SEARCH", "SUCCESS", day, office()));
                }
            }
            String owl = prefix + NIGHT_OWL;
            ordinary(events, owl, organisation, 0.6);
            for (int day = 0; day < 5; day++) {
                for (int i = 0; i < 6; i++) {
                    events.add(event(owl, organisation, "READ", "SUCCESS", day, 0.5 + random.nextDouble() * 4));
                }
            }
            String prober = prefix + PROBER;
            ordinary(events, prober, organisation, 1.0);
            for (int i = 0; i < 14; i++) {
                events.add(event(prober, organisation, "DENIED", "DENIED", random.nextInt(5), office()));
            }
            String exporter = prefix + EXPORTER;
            ordinary(events, exporter, organisation, 1.0);
            for (int i = 0; i < 7; i++) {
                events.add(event(exporter, organisation, "EXPORT", "SUCCESS", random.nextInt(5), office()));
            }
        }
        return events;
    }

    /** Office hours on weekdays, a volume scaled by {@code pace}; rarely an evening access or a refusal. */
    private void ordinary(List<Event> events, String user, String organisation, double pace) {
        for (int day = 0; day < 7; day++) {
            boolean weekend = monday.plusDays(day).getDayOfWeek().compareTo(DayOfWeek.SATURDAY) >= 0;
            if (weekend && random.nextDouble() > 0.1) {
                continue;
            }
            int searches = (int) Math.round(random.nextInt(7) * pace);
            int reads = (int) Math.round((3 + random.nextInt(12)) * pace);
            for (int i = 0; i < searches; i++) {
                events.add(event(user, organisation, "SEARCH", "SUCCESS", day, office()));
            }
            for (int i = 0; i < reads; i++) {
                boolean late = random.nextDouble() < 0.02;
                boolean refused = random.nextDouble() < 0.02;
                events.add(event(user, organisation, refused ? "DENIED" : "READ", refused ? "DENIED" : "SUCCESS", day,
                        late ? 19 + random.nextDouble() * 4 : office()));
            }
            if (random.nextDouble() < 0.05) {
                events.add(event(user, organisation, "EXPORT", "SUCCESS", day, office()));
            }
        }
    }

    private double office() {
        return 7.5 + random.nextDouble() * 11;
    }

    private Event event(String user, String organisation, String action, String outcome, int day, double hour) {
        Instant at = monday.plusDays(day).atStartOfDay(BRUSSELS).toInstant().plusSeconds((long) (hour * 3600));
        return new Event(user, organisation, action, outcome, at);
    }
}
