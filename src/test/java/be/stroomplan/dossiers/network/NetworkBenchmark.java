package be.stroomplan.dossiers.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import be.stroomplan.audit.AuditTrail;
import be.stroomplan.partners.PartnerDirectory;
import be.stroomplan.partners.Role;
import be.stroomplan.partners.UserProfile;
import be.stroomplan.partners.internal.UserStore;
import be.stroomplan.subjects.SubjectNetwork;
import be.stroomplan.subjects.SubjectRegister;
import be.stroomplan.support.ApplicationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The graph JSON of a 500-subject neighbourhood, through real HTTP and through the service, against
 * the raw recursive CTE; a benchmark, not a test (its name keeps it out of the normal build). Run it
 * with {@code bench/network.sh}.
 * <p>
 * One KALI dossier holds a generated network ({@link SyntheticNetwork}) of {@code bench.subjects}
 * subjects and {@code bench.relations} relations, bulk inserted with JDBC batches. The hub subject's
 * neighbourhood two links deep holds more than 500 subjects, so the register returns its cap of 500.
 * Sides, interleaved in rounds after a discarded warm-up:
 * <ul>
 * <li>HTTP: {@code GET /api/v1/network/neighbourhood?subject=…&depth=2} with a logged-in session
 * (no password hashing per request): the policy-filtered walk, the subjects, the relations among
 * them, the audit row, the analysis of the 500 subjects and the JSON;</li>
 * <li>service: {@link Networks#neighbourhood}, the same without HTTP and JSON;</li>
 * <li>baseline: the raw recursive CTE over both directions of subject_relation without any policy,
 * the same 500 subjects' rows and the relations among them.</li>
 * </ul>
 * Once, for scale: the bulk read of the whole dossier ({@link SubjectRegister#network}) and its analysis.
 */
@ApplicationTest
class NetworkBenchmark {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JdbcTemplate template;
    @Autowired
    AuditTrail trail;
    @Autowired
    UserStore users;
    @Autowired
    PartnerDirectory directory;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    Networks networks;
    @Autowired
    SubjectRegister register;

    final int subjects = Integer.getInteger("bench.subjects", 50_000);
    final int relations = Integer.getInteger("bench.relations", 200_000);
    final int requests = Integer.getInteger("bench.requests", 20);
    final int rounds = Integer.getInteger("bench.rounds", 10);

    final StringBuilder report = new StringBuilder();

    @Test
    void neighbourhoodJson() throws Exception {
        NetworkTestData data = new NetworkTestData(port, jdbc, trail, users, directory, encoder);
        String user = data.user("FGP_ANTWERPEN", "KALI", Role.INVESTIGATOR);
        String dossier = data.compartment(user, "DOSSIER", "Bench netwerk " + UUID.randomUUID(), Map.of());
        UserProfile profile = directory.profile(user).orElseThrow();
        line("Neighbourhood JSON on %,d subjects and %,d relations in one dossier; %d cores; %s; load before %s", subjects, relations,
                Runtime.getRuntime().availableProcessors(), settings(), load());

        SyntheticNetwork network = SyntheticNetwork.generate(subjects, relations, 42);
        long start = System.nanoTime();
        insert(network, UUID.fromString(dossier));
        line("bulk insert (JDBC batches of 1,000, then ANALYZE): %,d ms", (System.nanoTime() - start) / 1_000_000);
        String root = network.nodes().get(0).id();

        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        logIn(client, user);
        URI uri = URI.create("http://localhost:" + port + "/api/v1/network/neighbourhood?depth=2&subject=" + root);
        HttpResponse<String> first = client.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        NetworkView served = networks.neighbourhood(profile, root, 2);
        List<UUID> raw = baseline(UUID.fromString(root));
        assertThat(served.nodes()).hasSize(500);
        assertThat(raw).hasSize(500);
        line("neighbourhood: %d subjects, %d relations among them, JSON %,d bytes", served.nodes().size(), served.relations().size(),
                first.body().length());

        Map<String, Runnable> sides = new LinkedHashMap<>();
        sides.put("raw recursive CTE + rows + relations (baseline)", () -> baseline(UUID.fromString(root)));
        sides.put("  of which SubjectRegister.neighbourhood (policy walk, rows, audit)", () -> register.neighbourhood(profile, root, 2, null));
        sides.put("  of which the analysis of the 500 subjects (in memory)",
                () -> NetworkAnalysis.analyse(NetworkView.graph(served.nodes(), served.relations())));
        sides.put("service: Networks.neighbourhood (policy, audit, analysis)", () -> networks.neighbourhood(profile, root, 2));
        sides.put("HTTP: GET /api/v1/network/neighbourhood (all of it + JSON)", () -> {
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(response.body());
                }
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Map<String, List<Long>> timings = new LinkedHashMap<>();
        sides.keySet().forEach(side -> timings.put(side, new ArrayList<>()));
        List<String> names = new ArrayList<>(sides.keySet());
        for (int round = -1; round < rounds; round++) {
            for (int s = 0; s < names.size(); s++) {
                String side = names.get((s + Math.max(0, round)) % names.size());
                for (int i = 0; i < requests; i++) {
                    long t = System.nanoTime();
                    sides.get(side).run();
                    if (round >= 0) {
                        timings.get(side).add(System.nanoTime() - t);
                    }
                }
            }
        }
        double base = percentile(timings.get(names.get(0)), 50);
        line("%-62s %9s %9s %9s", "side (" + rounds * requests + " calls each)", "p50 ms", "p95 ms", "p50/base");
        for (String side : names) {
            double p50 = percentile(timings.get(side), 50);
            line("%-62s %9.1f %9.1f %9.1f", side, p50, percentile(timings.get(side), 95), p50 / base);
        }

        start = System.nanoTime();
        SubjectNetwork whole = register.network(profile, List.of(UUID.fromString(dossier)), null);
        long read = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        NetworkReport analysed = NetworkAnalysis.analyse(NetworkView.graph(whole.nodes(), whole.relations()));
        long analysis = (System.nanoTime() - start) / 1_000_000;
        line("once: bulk read of the whole dossier (%,d subjects, %,d relations) %,d ms; its analysis %,d ms (%d communities)",
                whole.nodes().size(), whole.relations().size(), read, analysis, analysed.communities());
        line("load after %s", load());
        Path out = Path.of("target", "bench", "network-neighbourhood.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
    }

    /** The raw neighbourhood: the same walk as the register's, without the read rule, then the rows and the links among them. */
    private List<UUID> baseline(UUID root) {
        List<UUID> ids = jdbc.sql("""
                WITH RECURSIVE edge AS NOT MATERIALIZED (
                    SELECT source_id AS from_id, target_id AS to_id FROM subject_relation
                    UNION ALL
                    SELECT target_id, source_id FROM subject_relation
                ), walk (node, depth, path) AS (
                    SELECT CAST(:root AS uuid), 0, ARRAY[CAST(:root AS uuid)]
                    UNION ALL
                    SELECT e.to_id, w.depth + 1, w.path || e.to_id FROM walk w JOIN edge e ON e.from_id = w.node
                    WHERE w.depth < 2 AND NOT e.to_id = ANY(w.path)
                )
                SELECT node FROM walk GROUP BY node ORDER BY min(depth), node LIMIT 500""").param("root", root).query(UUID.class).list();
        String array = "{" + String.join(",", ids.stream().map(UUID::toString).toList()) + "}";
        jdbc.sql("SELECT id, compartment_id, ref, type, name FROM subject WHERE id = ANY(CAST(:ids AS uuid[]))").param("ids", array)
                .query().listOfRows();
        jdbc.sql("SELECT * FROM subject_relation WHERE source_id = ANY(CAST(:ids AS uuid[])) AND target_id = ANY(CAST(:ids AS uuid[]))")
                .param("ids", array).query().listOfRows();
        return ids;
    }

    private void insert(SyntheticNetwork network, UUID dossier) {
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> rows = new ArrayList<>();
        for (NetworkGraph.Node node : network.nodes()) {
            String folded = node.name().toLowerCase(Locale.ROOT);
            rows.add(new Object[] { UUID.fromString(node.id()), dossier, node.type().name(), node.name(), folded, folded,
                    node.type().name().equals("PERSON") ? "SUSPECT" : "OTHER", now });
            if (rows.size() == 1000) {
                subjects(rows);
            }
        }
        subjects(rows);
        for (SyntheticNetwork.Link link : network.links()) {
            rows.add(new Object[] { link.id(), UUID.fromString(network.nodes().get(link.source()).id()),
                    UUID.fromString(network.nodes().get(link.target()).id()), link.type().name(),
                    link.from() == null ? null : Date.valueOf(link.from()), link.to() == null ? null : Date.valueOf(link.to()),
                    link.grading() == null ? null : link.grading().substring(0, 1), link.grading() == null ? null : link.grading().substring(1),
                    dossier, now });
            if (rows.size() == 1000) {
                relations(rows);
            }
        }
        relations(rows);
        template.execute("ANALYZE subject");
        template.execute("ANALYZE subject_relation");
    }

    private void subjects(List<Object[]> rows) {
        template.batchUpdate("INSERT INTO subject (id, compartment_id, type, name, name_normalised, name_canonical, category, owner_org,"
                + " on_record, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'FGP_ANTWERPEN', false, 'bench', ?)", rows);
        rows.clear();
    }

    private void relations(List<Object[]> rows) {
        template.batchUpdate("INSERT INTO subject_relation (id, source_id, target_id, type, period_from, period_to, source_reliability,"
                + " information_accuracy, compartment_id, owner_org, on_record, created_by, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'FGP_ANTWERPEN', false, 'bench', ?)", rows);
        rows.clear();
    }

    private void logIn(HttpClient client, String user) throws IOException, InterruptedException {
        String page = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).as("the login form's CSRF token").isTrue();
        String form = "username=" + user + "&password=" + NetworkTestData.PASSWORD + "&_csrf=" + URLEncoder.encode(csrf.group(1),
                StandardCharsets.UTF_8);
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
    }

    private String settings() {
        return "fsync=" + template.queryForObject("SHOW fsync", String.class) + ", synchronous_commit="
                + template.queryForObject("SHOW synchronous_commit", String.class);
    }

    private static double percentile(List<Long> nanos, int percentile) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1_000_000.0;
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
