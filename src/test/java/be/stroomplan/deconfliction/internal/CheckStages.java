package be.stroomplan.deconfliction.internal;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import be.stroomplan.deconfliction.CheckRequest;
import be.stroomplan.deconfliction.CheckResult;
import be.stroomplan.partners.UserProfile;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * The stages of a deconfliction check, each run on its own in this thread and measured in CPU time
 * ({@link ThreadMXBean#getCurrentThreadCpuTime}) and wall time, medians of a few runs: for the
 * benchmark’s profile (docs/BENCHMARKS.md §6), not a test. The database stages’ CPU time is only the
 * Java side; the server’s share shows in their wall time.
 */
public final class CheckStages {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final ApplicationContext context;
    private final StringBuilder out = new StringBuilder();

    public CheckStages(ApplicationContext context) {
        this.context = context;
    }

    /** Profiles the check of this JSON body {@code runs} times; returns the table. */
    public String profile(byte[] json, int runs) {
        JsonMapper mapper = context.getBean(JsonMapper.class);
        Checking checking = context.getBean(Checking.class);
        IndexStore index = context.getBean(IndexStore.class);
        TransactionTemplate transaction = context.getBean(TransactionTemplate.class);
        PasswordEncoder passwords = context.getBean(PasswordEncoder.class);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        UserProfile coac = context.getBean(be.stroomplan.partners.PartnerDirectory.class).profile("coac").orElseThrow();
        String passwordHash = jdbc.queryForObject("SELECT password_hash FROM app_user WHERE username = 'coac'", String.class);
        out.append("  stages of one check, median of ").append(runs).append(" runs (CPU ms / wall ms):\n");
        CheckRequest request = stage("JSON binding of the request", runs, () -> mapper.readValue(json, CheckRequest.class));
        Checking.Validated validated = stage("validation and normalisation", runs, () -> checking.validate(request));
        Checking.Hashed hashed = stage("HMAC of every key", runs, () -> checking.hash(validated));
        List<IndexStore.Row> rows = stage("index lookup (= ANY)", runs, () -> index.lookup(hashed.hashes()));
        stage("matching the hits to the items", runs, () -> checking.match(validated, hashed, rows));
        stage("writes + audit + commit", runs, () -> transaction.execute(status -> checking.write(coac, request, validated,
                hashed, checking.match(validated, hashed, rows))));
        CheckResult result = stage("whole check (service)", runs, () -> checking.check(coac, request));
        stage("JSON writing of the answer", runs, () -> mapper.writeValueAsBytes(result));
        stage("Basic authentication (password check)", runs, () -> passwords.matches("demo", passwordHash));
        return out.toString();
    }

    private <T> T stage(String name, int runs, Supplier<T> work) {
        long[] cpu = new long[runs];
        long[] wall = new long[runs];
        T result = null;
        work.get();
        for (int i = 0; i < runs; i++) {
            long c = THREADS.getCurrentThreadCpuTime();
            long w = System.nanoTime();
            result = work.get();
            cpu[i] = THREADS.getCurrentThreadCpuTime() - c;
            wall[i] = System.nanoTime() - w;
        }
        out.append("    %-42s %7.1f  %7.1f%n".formatted(name, median(cpu), median(wall)));
        return result;
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }
}
