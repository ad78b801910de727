package be.stroomplan.partners.web;

import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * Records reads and changes of partner records in the audit trail. Called inside the transaction
 * of the change, so that a change and its audit record are written together or not at all.
 * {@code details} never hold secrets (no passwords or hashes).
 */
@Component
class PartnerAudit {

    void read(String objectType, String objectId) {
        // wired to the audit trail when the audit module lands
    }

    void created(String objectType, String objectId, Map<String, String> details) {
        // wired to the audit trail when the audit module lands
    }

    void updated(String objectType, String objectId, Map<String, String> details) {
        // wired to the audit trail when the audit module lands
    }

    void deleted(String objectType, String objectId, Map<String, String> details) {
        // wired to the audit trail when the audit module lands
    }
}
