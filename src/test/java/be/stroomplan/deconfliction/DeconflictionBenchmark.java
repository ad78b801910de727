package be.stroomplan.deconfliction;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import be.stroomplan.deconfliction.internal.DeconflictionKeys;
import be.stroomplan.subjects.IdentifierCheck;
import be.stroomplan.subjects.IdentifierType;
import be.stroomplan.support.ApplicationTest;
import be.stroomplan.support.Http;
import be.stroomplan.support.Session;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * A check of 10,000 identifiers against a filled index, end to end through the HTTP API, against the
 * raw {@code = ANY} lookup of the same hashes; a benchmark, not a test (its name keeps it out of the
 * normal build). Run it with {@code bench/deconfliction.sh}.
 * <p>
 * The index gets ROWS synthetic rows (random 32-byte hashes of key version 0, loaded with
 * {@code generate_series} while the table’s indexes are dropped, the indexes rebuilt afterwards, then
 * VACUUM ANALYZE) plus about 1% of the checked plates indexed for real with the active key, for a real
 * dossier and subject, so that every check opens tickets. Both sides run in rounds, their order
 * alternating, after warm-up runs; the raw side looks up exactly the hashes the check looks up. Once,
 * the stages of a check are profiled in CPU time (see {@code CheckStages}). Afterwards the synthetic
 * and benchmark rows are removed.
 */
@ApplicationTest
class DeconflictionBenchmark {

    private static final int ITEMS = 10_000;
    private static final int HIT_EVERY = 100;

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    DeconflictionKeys keys;
    @Autowired
    ApplicationContext context;
    @Autowired
    Environment env;
    /** The schema owner, for the index DDL, TRUNCATE and VACUUM. */
    JdbcTemplate owner;

    @Test
    void checkTenThousandIdentifiers() throws Exception {
        long rows = Long.getLong("bench.rows", 1_000_000);
        SingleConnectionDataSource ownerSource = new SingleConnectionDataSource(env.getRequiredProperty("spring.flyway.url"),
                env.getRequiredProperty("spring.flyway.user"), env.getProperty("spring.flyway.password", ""), true);
        owner = new JdbcTemplate(ownerSource);
        int rounds = Integer.getInteger("bench.rounds", 20);
        String loadBefore = loadAverage();
        List<String> plates = new ArrayList<>(ITEMS);
        StringBuilder body = new StringBuilder("{\"purpose\": \"benchmark\", \"items\": [");
        for (int i = 0; i < ITEMS; i++) {
            String plate = "1-%s-%03d".formatted(letters(i / 1000 + 17 * (int) (System.nanoTime() % 500)), i % 1000);
            plates.add(plate);
            body.append(i == 0 ? "" : ",").append("{\"type\": \"PLATE\", \"value\": \"").append(plate).append("\"}");
        }
        byte[] json = body.append("]}").toString().getBytes(StandardCharsets.UTF_8);
        int active = keys.active();
        DeconflictionKeys.Hasher hasher = keys.hasher();
        byte[][] hashes = new byte[ITEMS][];
        for (int i = 0; i < ITEMS; i++) {
            hashes[i] = hasher.hash(active, "PLATE", ((IdentifierCheck.Valid) IdentifierType.PLATE.check(plates.get(i))).key());
        }
        DeconflictionTestData data = new DeconflictionTestData(port);
        UUID dossier = UUID.fromString(data.dossier("magistraat", "Benchmark deconflictie"));
        UUID subject = UUID.fromString(data.subject(dossier.toString(), """
                {"type": "VEHICLE", "name": "Bestelwagen", "identifiers": [{"type": "PLATE", "value": "%s"}]}"""
                .formatted(DeconflictionTestData.plate())));
        long loadStart = System.nanoTime();
        load(rows);
        List<Object[]> hits = new ArrayList<>();
        for (int i = 0; i < ITEMS; i += HIT_EVERY) {
            hits.add(new Object[] { hashes[i], active, dossier, subject, "PLATE" });
        }
        jdbc.batchUpdate("INSERT INTO deconfliction_index (hash, key_version, dossier_id, subject_id, kind) VALUES (?, ?, ?, ?, ?)"
                + " ON CONFLICT DO NOTHING", hits);
        owner.execute("VACUUM ANALYZE deconfliction_index");
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        try {
            // a logged-in session, as the pages and partner scripts use: Basic would pay a password hash per request
            Session http = Session.logIn(port, "coac", "demo");
            Connection connection = dataSource.getConnection();
            try {
                for (int i = 0; i < 3; i++) {
                    api(http, json);
                    raw(connection, hashes);
                }
                long[] api = new long[rounds];
                long[] raw = new long[rounds];
                for (int r = 0; r < rounds; r++) {
                    if (r % 2 == 0) {
                        api[r] = api(http, json);
                        raw[r] = raw(connection, hashes);
                    } else {
                        raw[r] = raw(connection, hashes);
                        api[r] = api(http, json);
                    }
                }
                String stages = new be.stroomplan.deconfliction.internal.CheckStages(context).profile(json, 5);
                String report = "deconfliction check of %d identifiers (%d on hold) against %d index rows, %d rounds, sides alternating%n"
                        .formatted(ITEMS, ITEMS / HIT_EVERY, rows + hits.size(), rounds)
                        + "  (index loaded in %.0f s; load average %s before, %s after)%n".formatted(loadSeconds, loadBefore, loadAverage())
                        + "  API end to end   p50 %6.1f ms   p95 %6.1f ms%n".formatted(p(api, 50), p(api, 95))
                        + "  raw = ANY        p50 %6.1f ms   p95 %6.1f ms%n".formatted(p(raw, 50), p(raw, 95))
                        + "  ratio            p50 %6.2f x    p95 %6.2f x%n".formatted(p(api, 50) / p(raw, 50), p(api, 95) / p(raw, 95))
                        + stages;
                System.out.print(report);
                Files.createDirectories(Path.of("target/bench"));
                Files.writeString(Path.of("target/bench/deconfliction.txt"), report);
            } finally {
                connection.close();
            }
        } finally {
            unload(dossier);
            ownerSource.destroy();
        }
    }

    /** Loads the synthetic rows with the table’s indexes dropped, then rebuilds them. */
    private void load(long rows) {
        owner.execute("ALTER TABLE deconfliction_index DROP CONSTRAINT deconfliction_index_pkey");
        owner.execute("DROP INDEX deconfliction_index_dossier_ix");
        owner.execute("DROP INDEX deconfliction_index_version_ix");
        owner.execute("INSERT INTO deconfliction_index (hash, key_version, dossier_id, subject_id, kind)"
                + " SELECT decode(md5(g::text || 'a') || md5(g::text || 'b'), 'hex'), 0, gen_random_uuid(), gen_random_uuid(), 'PLATE'"
                + " FROM generate_series(1, " + rows + ") g");
        indexes();
    }

    private void indexes() {
        owner.execute("ALTER TABLE deconfliction_index ADD PRIMARY KEY (hash, dossier_id, subject_id)");
        owner.execute("CREATE INDEX deconfliction_index_dossier_ix ON deconfliction_index (dossier_id)");
        owner.execute("CREATE INDEX deconfliction_index_version_ix ON deconfliction_index (key_version)");
    }

    /** Removes the synthetic rows and the benchmark dossier’s rows, keeping the real ones. */
    private void unload(UUID dossier) {
        owner.execute("CREATE TEMPORARY TABLE deconfliction_index_kept AS SELECT * FROM deconfliction_index WHERE key_version <> 0");
        owner.execute("TRUNCATE deconfliction_index");
        owner.execute("INSERT INTO deconfliction_index SELECT * FROM deconfliction_index_kept");
        owner.execute("DROP TABLE deconfliction_index_kept");
        owner.update("DELETE FROM deconfliction_index WHERE dossier_id = ?", dossier);
        owner.execute("VACUUM ANALYZE deconfliction_index");
    }

    private static long api(Session http, byte[] json) {
        long start = System.nanoTime();
        Http.Response response = http.post("/api/v1/deconfliction/checks", "application/json", json);
        long time = System.nanoTime() - start;
        if (response.status() != 200) {
            throw new AssertionError(response.body());
        }
        if (!response.body().contains("ON_HOLD")) {
            throw new AssertionError("no hit: the benchmark must open tickets");
        }
        return time;
    }

    private static long raw(Connection connection, byte[][] hashes) throws Exception {
        long start = System.nanoTime();
        int found = 0;
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT hash, key_version, dossier_id, subject_id, kind FROM deconfliction_index WHERE hash = ANY(?)")) {
            Array array = connection.createArrayOf("bytea", hashes);
            statement.setArray(1, array);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    rs.getBytes(1);
                    found++;
                }
            }
        }
        long time = System.nanoTime() - start;
        if (found < ITEMS / HIT_EVERY) {
            throw new AssertionError("raw lookup found " + found);
        }
        return time;
    }

    private static String loadAverage() {
        return "%.2f".formatted(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static String letters(int n) {
        return "" + (char) ('A' + n / 676 % 26) + (char) ('A' + n / 26 % 26) + (char) ('A' + n % 26);
    }

    private static double p(long[] nanos, int percentile) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
