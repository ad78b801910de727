package be.stroomplan.partners.web;

import java.util.Map;
import java.util.TreeMap;

import be.stroomplan.audit.AuditAction;
import be.stroomplan.audit.AuditRecord;
import be.stroomplan.audit.AuditTrail;

import org.springframework.stereotype.Component;

/**
 * Records reads and changes of partner records in the audit trail. Called inside the transaction
 * of the change, so that a change and its audit record are written together or not at all.
 * {@code details} never hold secrets (no passwords or hashes).
 */
@Component
class PartnerAudit {

    private final AuditTrail trail;

    PartnerAudit(AuditTrail trail) {
        this.trail = trail;
    }

    void read(String objectType, String objectId) {
        trail.record(AuditRecord.of(AuditAction.READ).object(objectType, objectId).build());
    }

    void created(String objectType, String objectId, Map<String, String> details) {
        record(AuditAction.CREATE, objectType, objectId, details);
    }

    void updated(String objectType, String objectId, Map<String, String> details) {
        record(AuditAction.UPDATE, objectType, objectId, details);
    }

    void deleted(String objectType, String objectId, Map<String, String> details) {
        record(AuditAction.DELETE, objectType, objectId, details);
    }

    private void record(AuditAction action, String objectType, String objectId, Map<String, String> details) {
        trail.record(AuditRecord.of(action).object(objectType, objectId)
                .details(details == null ? null : new TreeMap<>(details).toString())
                .build());
    }
}
