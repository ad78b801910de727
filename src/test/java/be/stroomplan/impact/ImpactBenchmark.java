package be.stroomplan.impact;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import be.stroomplan.cases.CaseFigures;
import be.stroomplan.controls.internal.TargetStore;
import be.stroomplan.dossiers.DossierFigures;
import be.stroomplan.support.ApplicationTest;
import be.stroomplan.support.Http;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The impact dashboard over five years of generated data (by default 50 000 MAHO cases with their
 * history, decisions, outcomes, actions and subjects’ addresses, 10 000 KALI dossiers with
 * seizures, arrests and reports, and 20 000 COAC control actions with services, targets and results); a benchmark, not a test (its name keeps it out of the normal
 * build). Run it with {@code bench/impact.sh}. It times, as medians of rounds after a warm-up:
 * each indicator query, organisation-wide and over a user scope holding every case id; the whole
 * {@code GET /api/v1/impact} over HTTP; the dashboard page render; against the raw baseline
 * {@code SELECT count(*) FROM maho_case}. The generated rows are deleted at the end.
 */
@ApplicationTest
class ImpactBenchmark {

    static final String MARK = "bench.impact";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CaseFigures cases;
    @Autowired
    DossierFigures dossiers;
    @Autowired
    MockMvc mvc;
    @Autowired
    TargetStore controls;
    @Autowired
    Environment env;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Test
    void dashboardOverFiveYears() throws Exception {
        int n = env.getProperty("bench.cases", Integer.class, 50_000);
        int d = env.getProperty("bench.dossiers", Integer.class, 10_000);
        int c = env.getProperty("bench.controls", Integer.class, 20_000);
        int rounds = env.getProperty("bench.rounds", Integer.class, 10);
        try {
            long generating = System.nanoTime();
            generate(n, d, c);
            double generated = (System.nanoTime() - generating) / 1e9;
            LocalDate to = LocalDate.now(ZoneId.of("Europe/Brussels"));
            LocalDate from = to.minusYears(5).plusDays(1);
            Instant start = from.atStartOfDay(ZoneId.of("Europe/Brussels")).toInstant();
            Instant end = to.plusDays(1).atStartOfDay(ZoneId.of("Europe/Brussels")).toInstant();
            List<UUID> all = jdbc.sql("SELECT id FROM maho_case").query(UUID.class).list();
            List<UUID> allDossiers = jdbc.sql("SELECT id FROM dossier").query(UUID.class).list();
            List<UUID> allControls = jdbc.sql("SELECT id FROM control_action").query(UUID.class).list();

            Map<String, Supplier<?>> sides = new LinkedHashMap<>();
            sides.put("baseline: SELECT count(*) FROM maho_case", () -> jdbc.sql("SELECT count(*) FROM maho_case").query(Long.class).single());
            for (boolean wide : new boolean[] { true, false }) {
                String scope = wide ? "organisation-wide" : "user scope (" + all.size() + " case ids)";
                CaseFigures.Scope cs = new CaseFigures.Scope(wide ? null : all, start, end, null);
                DossierFigures.Scope ds = new DossierFigures.Scope(wide ? null : allDossiers, start, end, null);
                sides.put(scope + ": cases by status", () -> cases.byStatus(cs));
                sides.put(scope + ": cases by month", () -> cases.byMonth(cs));
                sides.put(scope + ": decisions by track", () -> cases.byTrack(cs));
                sides.put(scope + ": interventions by type", () -> cases.byIntervention(cs));
                sides.put(scope + ": outcomes", () -> cases.outcomes(cs));
                sides.put(scope + ": lead times", () -> cases.leadTimes(cs));
                sides.put(scope + ": overdue actions", () -> cases.overdueActions(cs, to));
                sides.put(scope + ": case ids for districts", () -> cases.ids(cs));
                sides.put(scope + ": seizures", () -> dossiers.seizures(ds));
                sides.put(scope + ": dossier arrests", () -> dossiers.arrests(ds));
                sides.put(scope + ": dossier reports", () -> dossiers.officialReports(ds));
                sides.put(scope + ": dossiers by status", () -> dossiers.byStatus(ds));
                List<UUID> actions = wide ? null : allControls;
                sides.put(scope + ": control figures", () -> controls.totals(start, end, actions, null));
            }
            Http http = new Http(port);
            String query = "?from=" + from + "&to=" + to;
            sides.put("GET /api/v1/impact (lead, all indicators, HTTP)", () -> http.get("/api/v1/impact" + query, "lead", "demo").status());
            sides.put("GET /impact (lead, dashboard page render)", () -> {
                try {
                    return mvc.perform(get("/impact" + query).with(user("lead").roles("PROJECT_LEAD"))).andExpect(status().isOk())
                            .andReturn().getResponse().getContentLength();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });

            Map<String, List<Double>> times = new LinkedHashMap<>();
            sides.keySet().forEach(k -> times.put(k, new ArrayList<>()));
            sides.values().forEach(Supplier::get);
            for (int r = 0; r < rounds; r++) {
                for (Map.Entry<String, Supplier<?>> side : sides.entrySet()) {
                    long t = System.nanoTime();
                    side.getValue().get();
                    times.get(side.getKey()).add((System.nanoTime() - t) / 1e6);
                }
            }
            double baseline = median(times.get("baseline: SELECT count(*) FROM maho_case"));
            StringBuilder out = new StringBuilder();
            out.append(String.format(Locale.ROOT,
                    "impact dashboard: %d cases, %d dossiers, %d control actions generated in %.1f s; %d rounds, medians%n",
                    n, d, c, generated, rounds));
            out.append(String.format(Locale.ROOT, "%-70s %10s %10s%n", "query", "ms", "x baseline"));
            times.forEach((k, v) -> out.append(String.format(Locale.ROOT, "%-70s %10.2f %10.1f%n", k, median(v), median(v) / baseline)));
            Path dir = Path.of("target", "bench");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("impact.txt"), out.toString());
            System.out.println(out);
        } finally {
            cleanUp();
        }
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted.length == 0 ? 0 : sorted[sorted.length / 2];
    }

    private void generate(int n, int d, int c) throws IOException {
        String sql = new String(ImpactBenchmark.class.getResourceAsStream("impact-bench-data.sql").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        List<String> statements = Arrays.stream(sql.split(";\\s*\\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(tx -> {
            for (String statement : statements) {
                jdbc.sql(statement.replace("${cases}", Integer.toString(n)).replace("${dossiers}", Integer.toString(d))
                        .replace("${controls}", Integer.toString(c))).update();
            }
        });
        jdbc.sql("ANALYZE").update();
    }

    private void cleanUp() {
        for (String sql : List.of(
                "DELETE FROM control_result WHERE entered_by = '" + MARK + "'",
                "DELETE FROM control_target WHERE action_id IN (SELECT id FROM control_action WHERE planned_by = '" + MARK + "')",
                "DELETE FROM control_service WHERE action_id IN (SELECT id FROM control_action WHERE planned_by = '" + MARK + "')",
                "DELETE FROM control_action WHERE planned_by = '" + MARK + "'",
                "DELETE FROM subject_address WHERE subject_id IN (SELECT id FROM subject WHERE created_by = '" + MARK + "')",
                "DELETE FROM subject WHERE created_by = '" + MARK + "'",
                "DELETE FROM case_action WHERE created_by = '" + MARK + "'",
                "DELETE FROM case_outcome WHERE recorded_by = '" + MARK + "'",
                "DELETE FROM case_intervention WHERE case_id IN (SELECT id FROM maho_case WHERE submitted_by = '" + MARK + "')",
                "DELETE FROM case_decision WHERE decided_by = '" + MARK + "'",
                "DELETE FROM case_transition WHERE by_user = '" + MARK + "'",
                "DELETE FROM case_participant WHERE invited_by = '" + MARK + "'",
                "DELETE FROM maho_case WHERE submitted_by = '" + MARK + "'",
                "DELETE FROM dossier_seizure WHERE recorded_by = '" + MARK + "'",
                "DELETE FROM dossier_arrest WHERE recorded_by = '" + MARK + "'",
                "DELETE FROM dossier_report WHERE added_by = '" + MARK + "'",
                "DELETE FROM dossier WHERE created_by = '" + MARK + "'")) {
            jdbc.sql(sql).update();
        }
    }
}
