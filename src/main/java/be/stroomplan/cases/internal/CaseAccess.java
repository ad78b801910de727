package be.stroomplan.cases.internal;

import java.util.UUID;

import be.stroomplan.audit.AuditAction;
import be.stroomplan.audit.AuditOutcome;
import be.stroomplan.audit.AuditRecord;
import be.stroomplan.audit.AuditTrail;
import be.stroomplan.cases.CaseNotFound;
import be.stroomplan.cases.CaseRefused;
import be.stroomplan.cases.MahoCase;
import be.stroomplan.partners.Role;
import be.stroomplan.partners.UserProfile;
import be.stroomplan.protocols.CompartmentRole;
import be.stroomplan.protocols.DenyReason;
import be.stroomplan.sharing.Compartments;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who takes part in a case. Not a member of its compartment: not found, exactly like a guessed id.
 * A member who has not acknowledged its confidentiality (art. 458ter Sw.): refused with
 * CONFIDENTIALITY_NOT_ACKNOWLEDGED, on record in a transaction of its own. The coordinator is a
 * MANAGER of the compartment who holds the MAHO_COORDINATOR role.
 */
@Component
public class CaseAccess {

    private final CaseStore cases;
    private final Compartments compartments;
    private final AuditTrail audit;

    CaseAccess(CaseStore cases, Compartments compartments, AuditTrail audit) {
        this.cases = cases;
        this.compartments = compartments;
        this.audit = audit;
    }

    /** A participant of a case, with their role in it. */
    public record Participation(MahoCase kase, CompartmentRole role, boolean coordinator, boolean acknowledged) {
    }

    /** The user's participation, acknowledged or not; not a participant: not found. */
    @Transactional(readOnly = true)
    public Participation of(UserProfile user, UUID caseId) {
        MahoCase kase = cases.find(caseId).orElseThrow(() -> new CaseNotFound("case"));
        CompartmentRole role = compartments.membership(caseId, user).orElseThrow(() -> new CaseNotFound("case"));
        boolean coordinator = role == CompartmentRole.MANAGER && user.hasRole(Role.MAHO_COORDINATOR);
        return new Participation(kase, role, coordinator, compartments.acknowledged(caseId, user));
    }

    /** A participant who acknowledged; else refused (and the refusal on record). */
    @Transactional(readOnly = true)
    public Participation acknowledged(UserProfile user, UUID caseId, String doing) {
        Participation p = of(user, caseId);
        if (!p.acknowledged()) {
            throw refused(caseId, doing, DenyReason.CONFIDENTIALITY_NOT_ACKNOWLEDGED.name());
        }
        return p;
    }

    /** A participant who acknowledged and coordinates the case; a partner is refused. */
    @Transactional(readOnly = true)
    public Participation coordinator(UserProfile user, UUID caseId, String doing) {
        Participation p = acknowledged(user, caseId, doing);
        if (!p.coordinator()) {
            throw refused(caseId, doing, "COORDINATOR_ONLY");
        }
        return p;
    }

    /** A refusal on record (committed on its own: the caller's work rolls back). */
    public CaseRefused refused(UUID caseId, String doing, String reason) {
        audit.record(AuditRecord.of(AuditAction.DENIED).object("CASE", caseId).compartment(caseId).purpose(caseId.toString())
                .legalBasis("MAHO case " + caseId).outcome(AuditOutcome.DENIED).details(doing + " denied: " + reason).build());
        return DenyReason.CONFIDENTIALITY_NOT_ACKNOWLEDGED.name().equals(reason)
                ? new CaseRefused(reason, "/api/v1/cases/" + caseId + "/acknowledgements") : new CaseRefused(reason);
    }
}
