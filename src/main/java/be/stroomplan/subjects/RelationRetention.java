package be.stroomplan.subjects;

import java.util.UUID;

import be.stroomplan.audit.AuditAction;
import be.stroomplan.audit.AuditRecord;
import be.stroomplan.audit.AuditTrail;
import be.stroomplan.platform.Actor;
import be.stroomplan.sharing.ItemsPurged;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Relations are derived from the item they were read from: when the retention purge takes items,
 * the relations that name one of them as their source go too, in the purge's transaction, with a
 * proof row in the audit trail (the count and the rule, no content).
 */
@Component
class RelationRetention {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    RelationRetention(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @EventListener
    void on(ItemsPurged purged) {
        int deleted = jdbc.sql("DELETE FROM subject_relation WHERE source_item = ANY(?)")
                .param(purged.items().toArray(UUID[]::new)).update();
        if (deleted > 0) {
            audit.record(AuditRecord.of(AuditAction.DELETE).objectType("SUBJECT_RELATION")
                    .legalBasis("source item purged under: retention date before " + purged.day())
                    .details("retention purge for " + purged.day() + ": " + deleted + " rows")
                    .actor(Actor.system()).build());
        }
    }
}
