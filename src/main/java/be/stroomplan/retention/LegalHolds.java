package be.stroomplan.retention;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import be.stroomplan.audit.AuditAction;
import be.stroomplan.audit.AuditRecord;
import be.stroomplan.audit.AuditTrail;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Legal holds: while a compartment is held, the purge takes nothing from it. Placing and lifting
 * are audited (CREATE and UPDATE of LEGAL_HOLD, with the reason). Who may place one (a
 * magistrate of the compartment) is checked by the module that owns the compartment before it
 * calls this service.
 */
@Service
@Transactional
public class LegalHolds {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    LegalHolds(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Places a hold on the compartment; refused with {@link IllegalStateException} if one is active. */
    public LegalHold place(UUID compartment, String reason, String magistrate) {
        requireReason(reason);
        LegalHold hold = new LegalHold(UUID.randomUUID(), compartment, reason.trim(), magistrate, Instant.now(), null,
                null, null);
        try {
            jdbc.sql("INSERT INTO legal_hold (id, compartment_id, reason, placed_by, placed_at) VALUES (?, ?, ?, ?, ?)")
                    .params(hold.id(), compartment, hold.reason(), magistrate, Timestamp.from(hold.placedAt())).update();
        } catch (DuplicateKeyException alreadyHeld) {
            throw new IllegalStateException("This compartment is already under a legal hold");
        }
        audit.record(AuditRecord.of(AuditAction.CREATE).object("LEGAL_HOLD", hold.id()).compartment(compartment.toString())
                .details("legal hold placed: " + hold.reason()).build());
        return hold;
    }

    /** Lifts the active hold of the compartment; empty when there is none. */
    public Optional<LegalHold> lift(UUID compartment, String reason, String magistrate) {
        requireReason(reason);
        Optional<LegalHold> lifted = jdbc.sql("""
                UPDATE legal_hold SET lifted_by = ?, lifted_at = ?, lift_reason = ?
                WHERE compartment_id = ? AND lifted_at IS NULL RETURNING *""")
                .params(magistrate, Timestamp.from(Instant.now()), reason.trim(), compartment)
                .query(LegalHolds::map).optional();
        lifted.ifPresent(hold -> audit.record(AuditRecord.of(AuditAction.UPDATE).object("LEGAL_HOLD", hold.id())
                .compartment(compartment.toString()).details("legal hold lifted: " + hold.liftReason()).build()));
        return lifted;
    }

    @Transactional(readOnly = true)
    public Optional<LegalHold> active(UUID compartment) {
        return jdbc.sql("SELECT * FROM legal_hold WHERE compartment_id = ? AND lifted_at IS NULL").param(compartment)
                .query(LegalHolds::map).optional();
    }

    /** Every hold of the compartment, newest first. */
    @Transactional(readOnly = true)
    public List<LegalHold> history(UUID compartment) {
        return jdbc.sql("SELECT * FROM legal_hold WHERE compartment_id = ? ORDER BY placed_at DESC").param(compartment)
                .query(LegalHolds::map).list();
    }

    /** The compartments under an active hold. */
    @Transactional(readOnly = true)
    public Set<UUID> heldCompartments() {
        return jdbc.sql("SELECT compartment_id FROM legal_hold WHERE lifted_at IS NULL").query(UUID.class).list()
                .stream().collect(Collectors.toUnmodifiableSet());
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A legal hold needs a reason");
        }
    }

    private static LegalHold map(ResultSet rs, int row) throws SQLException {
        Timestamp lifted = rs.getTimestamp("lifted_at");
        return new LegalHold(rs.getObject("id", UUID.class), rs.getObject("compartment_id", UUID.class),
                rs.getString("reason"), rs.getString("placed_by"), rs.getTimestamp("placed_at").toInstant(),
                rs.getString("lifted_by"), lifted == null ? null : lifted.toInstant(), rs.getString("lift_reason"));
    }
}
