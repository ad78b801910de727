package be.stroomplan.audit.internal;

import java.sql.PreparedStatement;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import be.stroomplan.audit.AuditRecord;
import be.stroomplan.audit.AuditTrail;
import be.stroomplan.platform.Actor;
import be.stroomplan.platform.CurrentActor;

/**
 * Writes audit records to the staging table {@code audit_pending}, in the caller's transaction,
 * and leaves the chaining to {@link AuditSealer}.
 * <p>
 * Why stage: the chain needs one writer at a time (each row's hash depends on the previous one).
 * Taking that lock inside every business transaction would serialise the whole application on
 * its slowest transaction. Staging keeps the caller's work to one ordinary INSERT (no lock, no
 * read of the tail) while keeping the guarantee that matters: the audit row commits or rolls
 * back with the change it describes. Pending rows are visible in the database (the app role may
 * insert, read, and delete them only once sealed; nobody may update them) and are normally sealed
 * within milliseconds.
 * <p>
 * In a read-only transaction (PostgreSQL refuses an INSERT there) and outside any transaction the
 * record is committed in a transaction of its own before {@code record} returns. That needs a
 * second pooled connection while the read-only one is held: audited reads should preferably run
 * in read-write transactions.
 */
@Component
class JdbcAuditTrail implements AuditTrail {

    static final int MAX_TEXT = 1000;
    static final int MAX_DETAILS = 4000;

    private static final String INSERT_PENDING = "INSERT INTO audit_pending (actor_user, actor_organisation, action,"
            + " object_type, object_id, compartment, purpose, legal_basis, recipients, outcome, client_address, details)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final AuditSealer sealer;

    JdbcAuditTrail(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, AuditSealer sealer) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.ownTransaction.setName("audit-record");
        this.sealer = sealer;
    }

    @Override
    public void record(AuditRecord record) {
        Actor actor = record.actor() != null ? record.actor() : CurrentActor.get();
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.isSynchronizationActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            insert(record, actor);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

                @Override
                public void afterCommit() {
                    sealer.nudge();
                }
            });
        } else {
            ownTransaction.executeWithoutResult(status -> insert(record, actor));
            sealer.nudge();
        }
    }

    @Override
    public int flush() {
        return sealer.sealAll();
    }

    private void insert(AuditRecord r, Actor actor) {
        String user = actor == null || actor.username() == null ? "anonymous" : actor.username();
        jdbc.update(connection -> {
            PreparedStatement ps = connection.prepareStatement(INSERT_PENDING);
            ps.setString(1, cut(user, MAX_TEXT));
            ps.setString(2, actor == null ? null : cut(actor.organisationCode(), MAX_TEXT));
            ps.setString(3, r.action().name());
            ps.setString(4, cut(r.objectType(), MAX_TEXT));
            ps.setString(5, cut(r.objectId(), MAX_TEXT));
            ps.setString(6, cut(r.compartment(), MAX_TEXT));
            ps.setString(7, cut(r.purpose(), MAX_TEXT));
            ps.setString(8, cut(r.legalBasis(), MAX_TEXT));
            ps.setArray(9, r.recipients().isEmpty() ? null
                    : connection.createArrayOf("text", r.recipients().stream().map(s -> cut(s, MAX_TEXT)).toArray()));
            ps.setString(10, r.outcome().name());
            ps.setString(11, actor == null ? null : cut(actor.clientAddress(), MAX_TEXT));
            ps.setString(12, cut(r.details(), MAX_DETAILS));
            return ps;
        });
    }

    /** Keeps stored texts bounded; a cut text ends in an ellipsis so that the cut is visible. */
    static String cut(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        return value.substring(0, max - 1) + "…";
    }
}
