package be.stroomplan.partners.web;

import org.springframework.stereotype.Component;

/** Records reads and changes of partner records in the audit trail. */
@Component
class PartnerAudit {

    void read(String objectType, String objectId) {
        // wired to the audit trail when the audit module lands
    }
}
