package be.stroomplan.dossiers.internal;

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
 * A dossier's link to a subject record goes when the retention purge takes the record, in the
 * purge's transaction, with a proof row (count and rule). Arrests keep their figures.
 */
@Component
class SubjectLinkRetention {

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    SubjectLinkRetention(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @EventListener
    void on(SubjectsPurged purged) {
        int deleted = jdbc.sql("DELETE FROM dossier_subject WHERE subject_id = ANY(?)")
                .param(purged.subjects().toArray(UUID[]::new)).update();
        if (deleted > 0) {
            audit.record(AuditRecord.of(AuditAction.DELETE).objectType("DOSSIER_SUBJECT")
                    .legalBasis("subject record purged under its retention rule before " + purged.day())
                    .details("retention purge for " + purged.day() + ": " + deleted + " rows").actor(Actor.system()).build());
        }
    }
}
