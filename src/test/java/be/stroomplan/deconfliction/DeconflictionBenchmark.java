package be.stroomplan.deconfliction;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import be.stroomplan.support.ApplicationTest;
import be.stroomplan.support.Http;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A check of 10,000 identifiers against a filled index, end to end through the HTTP API, against the
 * raw {@code = ANY} lookup of the same hashes; a benchmark, not a test (its name keeps it out of the
 * normal build). Run it with {@code bench/deconfliction.sh}. The synthetic rows are generated in SQL
 * (random 32-byte hashes in the real table and indexes) and removed afterwards.
 */
@ApplicationTest
class DeconflictionBenchmark {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void checkTenThousandIdentifiers() throws Exception {
        long rows = Long.getLong("bench.rows", 1_000_000);
        int rounds = Integer.getInteger("bench.rounds", 20);
        int items = 10_000;
        jdbc.execute("INSERT INTO deconfliction_index (hash, key_version, dossier_id, subject_id, kind)"
                + " SELECT decode(md5(g::text || 'a') || md5(g::text || 'b'), 'hex'), 0, gen_random_uuid(), gen_random_uuid(), 'PLATE'"
                + " FROM generate_series(1, " + rows + ") g");
        jdbc.execute("ANALYZE deconfliction_index");
        try {
            StringBuilder body = new StringBuilder("{\"purpose\": \"benchmark\", \"items\": [");
            List<String> plates = new ArrayList<>();
            for (int i = 0; i < items; i++) {
                String plate = "1-%s-%03d".formatted(letters(i / 1000), i % 1000);
                plates.add(plate);
                body.append(i == 0 ? "" : ",").append("{\"type\": \"PLATE\", \"value\": \"").append(plate).append("\"}");
            }
            String json = body.append("]}").toString();
            Http http = new Http(port);
            for (int i = 0; i < 3; i++) {
                http.post("/api/v1/deconfliction/checks", "coac", "demo", "application/json", json);
            }
            long[] api = new long[rounds];
            for (int r = 0; r < rounds; r++) {
                long start = System.nanoTime();
                var response = http.post("/api/v1/deconfliction/checks", "coac", "demo", "application/json", json);
                api[r] = System.nanoTime() - start;
                if (response.status() != 200) {
                    throw new AssertionError(response.body());
                }
            }
            byte[][] hashes = new byte[items][];
            java.security.SecureRandom random = new java.security.SecureRandom();
            for (int i = 0; i < items; i++) {
                hashes[i] = new byte[32];
                random.nextBytes(hashes[i]);
            }
            long[] raw = new long[rounds];
            try (Connection connection = dataSource.getConnection()) {
                for (int r = 0; r < rounds + 3; r++) {
                    long start = System.nanoTime();
                    try (PreparedStatement statement = connection.prepareStatement(
                            "SELECT hash, key_version, dossier_id, subject_id, kind FROM deconfliction_index WHERE hash = ANY(?)")) {
                        Array array = connection.createArrayOf("bytea", hashes);
                        statement.setArray(1, array);
                        try (ResultSet rs = statement.executeQuery()) {
                            while (rs.next()) {
                                rs.getBytes(1);
                            }
                        }
                    }
                    if (r >= 3) {
                        raw[r - 3] = System.nanoTime() - start;
                    }
                }
            }
            String report = "deconfliction check of %d identifiers against %d index rows, %d rounds%n".formatted(items, rows, rounds)
                    + "  API end to end   p50 %6.1f ms   p95 %6.1f ms%n".formatted(p(api, 50), p(api, 95))
                    + "  raw = ANY        p50 %6.1f ms   p95 %6.1f ms%n".formatted(p(raw, 50), p(raw, 95))
                    + "  ratio            p50 %6.2f x    p95 %6.2f x%n".formatted(p(api, 50) / p(raw, 50), p(api, 95) / p(raw, 95));
            System.out.print(report);
            Files.createDirectories(Path.of("target/bench"));
            Files.writeString(Path.of("target/bench/deconfliction.txt"), report);
        } finally {
            jdbc.update("DELETE FROM deconfliction_index WHERE key_version = 0");
        }
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
