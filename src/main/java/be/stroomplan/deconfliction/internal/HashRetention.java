package be.stroomplan.deconfliction.internal;

import java.util.UUID;

import be.stroomplan.audit.AuditAction;
import be.stroomplan.audit.AuditRecord;
import be.stroomplan.audit.AuditTrail;
import be.stroomplan.platform.Actor;
import be.stroomplan.subjects.SubjectsPurged;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Deconfliction hashes are derived from subject records: when the retention purge takes records,
 * their hashes leave the index in the purge's transaction, with a proof row (count and rule).
 */
@Component
class HashRetention {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    HashRetention(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @EventListener
    void on(SubjectsPurged purged) {
        int deleted = jdbc.sql("DELETE FROM deconfliction_index WHERE subject_id = ANY(?)")
                .param(purged.subjects().toArray(UUID[]::new)).update();
        if (deleted > 0) {
            audit.record(AuditRecord.of(AuditAction.DELETE).objectType("DECONFLICTION_HASH")
                    .legalBasis("subject record purged under its retention rule before " + purged.day())
                    .details("retention purge for " + purged.day() + ": " + deleted + " rows").actor(Actor.system()).build());
        }
    }
}
