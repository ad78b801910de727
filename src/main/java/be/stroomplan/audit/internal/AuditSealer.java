package be.stroomplan.audit.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves committed rows from {@code audit_pending} into the hash chain {@code audit_event}.
 * <p>
 * Each batch is one short transaction: take {@code pg_advisory_xact_lock} (so that the sealers of
 * all application nodes take turns and the chain never forks), read the oldest pending rows, read
 * the chain's tail, give the rows the next sequences, compute their hashes, insert them, and
 * delete the pending rows (a trigger lets a pending row go only once it is in the chain). A
 * sealer that crashes mid-batch rolls back and leaves the pending rows for the next run.
 * <p>
 * It runs on one thread of its own: nudged after every commit that recorded something, and every
 * {@code stroomplan.audit.seal-interval} (200 ms) for anything left, e.g. rows written by another
 * node. On shutdown it drains what is pending. {@link #sealAll()} may also run in any thread.
 */
@Component
class AuditSealer implements SmartLifecycle {

    /** "STRMAUDT": the advisory lock key that serialises sealing across nodes. */
    static final long LOCK_KEY = 0x5354524d41554454L;

    private static final Logger log = LoggerFactory.getLogger(AuditSealer.class);

    private static final String SELECT_PENDING = "SELECT id, recorded_at, actor_user, actor_organisation, action,"
            + " object_type, object_id, compartment, purpose, legal_basis, recipients, outcome, client_address, details"
            + " FROM audit_pending ORDER BY id LIMIT ?";
    private static final String INSERT_EVENT = "INSERT INTO audit_event (sequence, recorded_at, actor_user,"
            + " actor_organisation, action, object_type, object_id, compartment, purpose, legal_basis, recipients,"
            + " outcome, client_address, details, prev_hash, hash, pending_id)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Duration interval;
    private final int batchSize;
    private final AtomicBoolean nudged = new AtomicBoolean();
    private volatile ScheduledExecutorService executor;

    AuditSealer(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
            @Value("${stroomplan.audit.seal-interval:200ms}") Duration interval,
            @Value("${stroomplan.audit.seal-batch-size:500}") int batchSize) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactionManager);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.transaction.setName("audit-seal");
        this.interval = interval;
        this.batchSize = batchSize;
    }

    /** Asks the sealer thread to run soon; several nudges before it runs count as one. */
    void nudge() {
        ScheduledExecutorService current = executor;
        if (current != null && nudged.compareAndSet(false, true)) {
            try {
                current.execute(() -> {
                    nudged.set(false);
                    sealQuietly();
                });
            } catch (RejectedExecutionException e) {
                nudged.set(false); // shutting down: stop() drains
            }
        }
    }

    /** Seals batches until nothing committed is pending; returns how many rows were sealed. */
    int sealAll() {
        int total = 0;
        int sealed;
        do {
            sealed = sealBatch();
            total += sealed;
        } while (sealed == batchSize);
        return total;
    }

    int sealBatch() {
        Integer sealed = transaction.execute(status -> {
            jdbc.query("SELECT pg_advisory_xact_lock(?)", rs -> null, LOCK_KEY);
            List<Pending> pending = jdbc.query(SELECT_PENDING, (rs, n) -> new Pending(rs.getLong("id"),
                    new AuditEntry(0, AuditEntry.instant(rs, "recorded_at"), rs.getString("actor_user"),
                            rs.getString("actor_organisation"), rs.getString("action"), rs.getString("object_type"),
                            rs.getString("object_id"), rs.getString("compartment"), rs.getString("purpose"),
                            rs.getString("legal_basis"), AuditEntry.textArray(rs, "recipients"),
                            rs.getString("outcome"), rs.getString("client_address"), rs.getString("details"), null,
                            null)),
                    batchSize);
            if (pending.isEmpty()) {
                return 0;
            }
            List<Tail> tail = jdbc.query("SELECT sequence, hash FROM audit_event ORDER BY sequence DESC LIMIT 1",
                    (rs, n) -> new Tail(rs.getLong(1), rs.getString(2)));
            long sequence = tail.isEmpty() ? 0 : tail.get(0).sequence();
            String prevHash = tail.isEmpty() ? AuditHash.GENESIS : tail.get(0).hash();
            List<Sealed> chained = new ArrayList<>(pending.size());
            for (Pending row : pending) {
                sequence++;
                AuditEntry e = row.entry();
                AuditEntry numbered = new AuditEntry(sequence, e.recordedAt(), e.actorUser(), e.actorOrganisation(),
                        e.action(), e.objectType(), e.objectId(), e.compartment(), e.purpose(), e.legalBasis(),
                        e.recipients(), e.outcome(), e.clientAddress(), e.details(), prevHash, null);
                String hash = AuditHash.compute(prevHash, numbered);
                chained.add(new Sealed(row.id(), numbered, hash));
                prevHash = hash;
            }
            jdbc.batchUpdate(INSERT_EVENT, new BatchPreparedStatementSetter() {

                @Override
                public void setValues(PreparedStatement ps, int i) throws SQLException {
                    Sealed s = chained.get(i);
                    AuditEntry e = s.entry();
                    ps.setLong(1, e.sequence());
                    ps.setObject(2, OffsetDateTime.ofInstant(e.recordedAt(), ZoneOffset.UTC));
                    ps.setString(3, e.actorUser());
                    ps.setString(4, e.actorOrganisation());
                    ps.setString(5, e.action());
                    ps.setString(6, e.objectType());
                    ps.setString(7, e.objectId());
                    ps.setString(8, e.compartment());
                    ps.setString(9, e.purpose());
                    ps.setString(10, e.legalBasis());
                    ps.setArray(11, e.recipients() == null ? null
                            : ps.getConnection().createArrayOf("text", e.recipients().toArray()));
                    ps.setString(12, e.outcome());
                    ps.setString(13, e.clientAddress());
                    ps.setString(14, e.details());
                    ps.setString(15, e.prevHash());
                    ps.setString(16, s.hash());
                    ps.setLong(17, s.pendingId());
                }

                @Override
                public int getBatchSize() {
                    return chained.size();
                }
            });
            Long[] ids = chained.stream().map(Sealed::pendingId).toArray(Long[]::new);
            jdbc.update(connection -> {
                PreparedStatement ps = connection.prepareStatement("DELETE FROM audit_pending WHERE id = ANY (?)");
                ps.setArray(1, connection.createArrayOf("bigint", ids));
                return ps;
            });
            return chained.size();
        });
        return sealed == null ? 0 : sealed;
    }

    private void sealQuietly() {
        try {
            sealAll();
        } catch (RuntimeException e) {
            log.warn("Sealing the audit trail failed; pending rows stay for the next run", e);
        }
    }

    @Override
    public void start() {
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "audit-sealer");
            thread.setDaemon(true);
            return thread;
        });
        started.scheduleWithFixedDelay(this::sealQuietly, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
        executor = started;
    }

    @Override
    public void stop() {
        ScheduledExecutorService stopping = executor;
        executor = null;
        if (stopping == null) {
            return;
        }
        stopping.shutdown();
        try {
            if (!stopping.awaitTermination(30, TimeUnit.SECONDS)) {
                stopping.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            int drained = sealAll();
            if (drained > 0) {
                log.info("Sealed {} pending audit rows on shutdown", drained);
            }
        } catch (RuntimeException e) {
            log.warn("Could not drain the audit trail on shutdown; pending rows stay for the next start", e);
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    /** Stops after the web server (whose graceful shutdown runs in a higher phase), so late requests are sealed. */
    @Override
    public int getPhase() {
        return 0;
    }

    private record Pending(long id, AuditEntry entry) {
    }

    private record Tail(long sequence, String hash) {
    }

    private record Sealed(long pendingId, AuditEntry entry, String hash) {
    }
}
