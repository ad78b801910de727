package be.stroomplan.audit.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import be.stroomplan.audit.AuditAction;
import be.stroomplan.audit.AuditDigest;
import be.stroomplan.audit.AuditDigests;
import be.stroomplan.audit.AuditOutcome;
import be.stroomplan.audit.AuditRecord;
import be.stroomplan.audit.AuditTrail;
import be.stroomplan.audit.AuditVerifier;
import be.stroomplan.audit.DigestVerification;
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
    private final AuditDigests digests;

    AuditConsultation(AuditQuery query, AuditTrail trail, AuditVerifier verifier, AuditDigests digests) {
        this.query = query;
        this.trail = trail;
        this.verifier = verifier;
        this.digests = digests;
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

    /** The signed digests of the given days, after recording that they were exported. */
    List<AuditDigest> digests(LocalDate from, LocalDate to) {
        trail.record(AuditRecord.of(AuditAction.EXPORT)
                .objectType("AUDIT_DIGEST")
                .details("days " + from + ".." + to)
                .build());
        return digests.list(from, to);
    }

    String publicKeyset() {
        return digests.publicKeyset();
    }

    /** Verifies every digest against its signature, its predecessor and the chain; records the result. */
    DigestVerification verifyDigests() {
        trail.flush();
        DigestVerification result = digests.verify();
        trail.record(AuditRecord.of(AuditAction.VERIFY)
                .objectType("AUDIT_DIGEST")
                .outcome(result.valid() ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE)
                .details(result.valid() ? "valid, " + result.checked() + " digests"
                        : result.reason() + " at digest " + result.firstBrokenDigest())
                .build());
        return result;
    }
}
