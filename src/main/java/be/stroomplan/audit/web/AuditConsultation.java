package be.stroomplan.audit.web;

import org.springframework.stereotype.Component;

import be.stroomplan.audit.AuditAction;
import be.stroomplan.audit.AuditOutcome;
import be.stroomplan.audit.AuditRecord;
import be.stroomplan.audit.AuditTrail;
import be.stroomplan.audit.AuditVerifier;
import be.stroomplan.audit.VerificationResult;
import be.stroomplan.audit.internal.AuditQuery;
import be.stroomplan.audit.internal.AuditQuery.AuditFilter;
import be.stroomplan.audit.internal.AuditQuery.AuditPage;

/**
 * What the DPO does with the audit trail, through the API or the page, each time recorded in the
 * trail itself: reading it (READ of AUDIT, the filter in the details) and verifying the chain
 * (VERIFY, the result in the details).
 */
@Component
class AuditConsultation {

    private final AuditQuery query;
    private final AuditTrail trail;
    private final AuditVerifier verifier;

    AuditConsultation(AuditQuery query, AuditTrail trail, AuditVerifier verifier) {
        this.query = query;
        this.trail = trail;
        this.verifier = verifier;
    }

    /** One page of the sealed chain, after recording that it is read with this filter. */
    AuditPage read(AuditFilter filter, int page, int size, boolean ascending) {
        trail.record(AuditRecord.of(AuditAction.READ)
                .objectType("AUDIT")
                .details(AuditFilters.describe(filter, page, size))
                .build());
        return query.find(filter, page, size, ascending);
    }

    /** Seals what is pending, verifies the whole chain and records the verification. */
    VerificationResult verify() {
        trail.flush();
        VerificationResult result = verifier.verify();
        trail.record(AuditRecord.of(AuditAction.VERIFY)
                .objectType("AUDIT")
                .outcome(result.valid() ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE)
                .details(result.toJson())
                .build());
        return result;
    }
}
