package be.stroomplan.audit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import be.stroomplan.audit.AuditAction;
import be.stroomplan.audit.AuditIntegrationTest;
import be.stroomplan.audit.AuditRecord;
import be.stroomplan.audit.AuditTestConfiguration;
import be.stroomplan.audit.AuditTrail;
import be.stroomplan.audit.AuditVerifier;
import be.stroomplan.platform.Actor;

/**
 * Audit write throughput against plain inserts; a benchmark, not a test (its name keeps it out of
 * the normal build). Run it with {@code bench/audit-write.sh}.
 * <p>
 * Both sides: {@value #WRITERS} writer threads, one row per transaction, on the same embedded
 * PostgreSQL (fsync and synchronous_commit on). The audit side goes through {@link AuditTrail}
 * and its clock stops only when every row is sealed into the chain. The plain side inserts into
 * an unchained table with the same columns and secondary indexes, and no triggers; a second plain
 * side inserts into the same table with the primary key only (the shape of the staging table).
 */
@AuditIntegrationTest
class AuditWriteBenchmark {

    static final int WRITERS = 8;

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditVerifier verifier;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    Environment env;

    final int rowsPerWriter = Integer.getInteger("bench.rows", 1000);
    final int rounds = Integer.getInteger("bench.rounds", 5);

    @BeforeEach
    void createPlainTable() throws SQLException {
        try (Connection owner = AuditTestConfiguration.ownerConnection(env); Statement statement = owner.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS audit_bench_plain");
            statement.execute("""
                    CREATE TABLE audit_bench_plain (
                        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                        recorded_at timestamptz NOT NULL DEFAULT clock_timestamp(),
                        actor_user text NOT NULL, actor_organisation text, action text NOT NULL, object_type text,
                        object_id text, compartment text, purpose text, legal_basis text, recipients text[],
                        outcome text NOT NULL, client_address text, details text, prev_hash text, hash text,
                        pending_id bigint)""");
            for (String column : List.of("actor_user", "object_id", "actor_organisation", "action")) {
                statement.execute("CREATE INDEX ON audit_bench_plain (" + column + ", id)");
            }
            statement.execute("CREATE INDEX ON audit_bench_plain (recorded_at)");
            statement.execute("CREATE INDEX ON audit_bench_plain (pending_id)");
            statement.execute("GRANT SELECT, INSERT ON audit_bench_plain TO " + env.getProperty("spring.datasource.username"));
            // the same columns with the primary key only, like the staging table the audit writers touch
            statement.execute("DROP TABLE IF EXISTS audit_bench_bare");
            statement.execute("CREATE TABLE audit_bench_bare (LIKE audit_bench_plain INCLUDING DEFAULTS INCLUDING IDENTITY)");
            statement.execute("ALTER TABLE audit_bench_bare ADD PRIMARY KEY (id)");
            statement.execute("GRANT SELECT, INSERT ON audit_bench_bare TO " + env.getProperty("spring.datasource.username"));
        }
    }

    @AfterEach
    void dropPlainTable() throws SQLException {
        try (Connection owner = AuditTestConfiguration.ownerConnection(env); Statement statement = owner.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS audit_bench_plain");
            statement.execute("DROP TABLE IF EXISTS audit_bench_bare");
        }
    }

    @Test
    void auditWritesAgainstPlainInserts() throws Exception {
        String loadBefore = loadAverage();
        String settings = "fsync=" + jdbc.queryForObject("SHOW fsync", String.class) + ", synchronous_commit="
                + jdbc.queryForObject("SHOW synchronous_commit", String.class) + ", cores="
                + Runtime.getRuntime().availableProcessors() + ", writers=" + WRITERS + ", rows per writer="
                + rowsPerWriter + ", rounds=" + rounds;
        // warm-up: JIT, pool, plans, disk: one full round of each, discarded
        run(this::plainInsert, rowsPerWriter, false);
        run(this::bareInsert, rowsPerWriter, false);
        run(this::auditRecord, rowsPerWriter, true);
        trail.flush();

        double[] plain = new double[rounds];
        double[] bare = new double[rounds];
        double[] audit = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            // rotate the order, so that no side always runs right after another
            for (int k = 0; k < 3; k++) {
                switch ((round + k) % 3) {
                    case 0 -> plain[round] = run(this::plainInsert, rowsPerWriter, false);
                    case 1 -> bare[round] = run(this::bareInsert, rowsPerWriter, false);
                    default -> audit[round] = run(this::auditRecord, rowsPerWriter, true);
                }
            }
        }
        var verification = verifier.verify();
        double plainMedian = median(plain);
        double bareMedian = median(bare);
        double auditMedian = median(audit);
        StringBuilder report = new StringBuilder();
        report.append("audit write benchmark (").append(settings).append(")\n");
        report.append("load average (1/5/15 min) before: ").append(loadBefore).append(", after: ")
                .append(loadAverage()).append('\n');
        report.append("plain inserts      rows/s per round: ").append(format(plain)).append(" median ")
                .append(String.format(Locale.ROOT, "%.0f", plainMedian)).append('\n');
        report.append("plain, pk only     rows/s per round: ").append(format(bare)).append(" median ")
                .append(String.format(Locale.ROOT, "%.0f", bareMedian)).append('\n');
        report.append("audit trail+sealed rows/s per round: ").append(format(audit)).append(" median ")
                .append(String.format(Locale.ROOT, "%.0f", auditMedian)).append('\n');
        report.append(String.format(Locale.ROOT, "ratio audit/plain (same indexes): %.2f%n", auditMedian / plainMedian));
        report.append(String.format(Locale.ROOT, "ratio audit/plain (pk only):      %.2f%n", auditMedian / bareMedian));
        report.append("chain after the run: ").append(verification.toJson()).append('\n');
        System.out.println(report);
        Path out = Path.of("target", "bench", "audit-write.txt");
        try {
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        if (!verification.valid()) {
            throw new AssertionError("chain broken after the benchmark: " + verification.toJson());
        }
    }

    /** Runs {@link #WRITERS} writers of {@code rows} single-row transactions; returns rows per second. */
    private double run(Writer writer, int rows, boolean audited) throws Exception {
        String run = "bench-" + UUID.randomUUID();
        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int thread = w;
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < rows; i++) {
                        int n = i;
                        tx.executeWithoutResult(status -> writer.write(run, thread, n));
                    }
                    return null;
                }));
            }
            long began = System.nanoTime();
            start.countDown();
            for (Future<?> future : futures) {
                future.get(30, TimeUnit.MINUTES);
            }
            if (audited) {
                awaitSealed(run);
            }
            double seconds = (System.nanoTime() - began) / 1e9;
            return WRITERS * rows / seconds;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Waits until the background sealer has chained every row of the run (no explicit flush). */
    private void awaitSealed(String run) throws InterruptedException {
        while (jdbc.queryForObject("SELECT count(*) FROM audit_pending WHERE object_id = ?", Long.class, run) > 0) {
            Thread.sleep(5);
        }
    }

    private void auditRecord(String run, int thread, int n) {
        trail.record(AuditRecord.of(AuditAction.READ)
                .object("SUBJECT", run)
                .compartment("dossier-" + thread)
                .purpose("KALI_ONDERZOEK")
                .details("benchmark row " + n)
                .actor(new Actor("writer-" + thread, "FGP_ANTWERPEN", "127.0.0.1"))
                .build());
    }

    private void plainInsert(String run, int thread, int n) {
        jdbc.update("INSERT INTO audit_bench_plain (actor_user, actor_organisation, action, object_type, object_id,"
                + " compartment, purpose, outcome, client_address, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                "writer-" + thread, "FGP_ANTWERPEN", "READ", "SUBJECT", run, "dossier-" + thread, "KALI_ONDERZOEK",
                "SUCCESS", "127.0.0.1", "benchmark row " + n);
    }

    private void bareInsert(String run, int thread, int n) {
        jdbc.update("INSERT INTO audit_bench_bare (actor_user, actor_organisation, action, object_type, object_id,"
                + " compartment, purpose, outcome, client_address, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                "writer-" + thread, "FGP_ANTWERPEN", "READ", "SUBJECT", run, "dossier-" + thread, "KALI_ONDERZOEK",
                "SUCCESS", "127.0.0.1", "benchmark row " + n);
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static String format(double[] values) {
        return Arrays.stream(values).mapToObj(v -> String.format(Locale.ROOT, "%.0f", v)).toList().toString();
    }

    @FunctionalInterface
    private interface Writer {
        void write(String run, int thread, int n);
    }
}
