package be.stroomplan.controls.internal;

import java.util.UUID;

import be.stroomplan.audit.AuditAction;
import be.stroomplan.audit.AuditOutcome;
import be.stroomplan.audit.AuditRecord;
import be.stroomplan.audit.AuditTrail;
import be.stroomplan.controls.ControlAction;
import be.stroomplan.controls.ControlNotFound;
import be.stroomplan.controls.ControlRefused;
import be.stroomplan.partners.Role;
import be.stroomplan.partners.UserProfile;
import be.stroomplan.protocols.CompartmentRole;
import be.stroomplan.sharing.Compartments;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who takes part in an action. Not a member of its compartment: not found, exactly like a guessed
 * id. The coordinator is a MANAGER of the compartment who holds the COAC_COORDINATOR role.
 */
@Component
public class ControlAccess {

    private final ControlStore actions;
    private final Compartments compartments;
    private final AuditTrail audit;

    ControlAccess(ControlStore actions, Compartments compartments, AuditTrail audit) {
        this.actions = actions;
        this.compartments = compartments;
        this.audit = audit;
    }

    /** A participant of an action, with their role in it. */
    public record Participation(ControlAction action, CompartmentRole role, boolean coordinator) {
    }

    @Transactional(readOnly = true)
    public Participation of(UserProfile user, UUID actionId) {
        ControlAction action = actions.find(actionId).orElseThrow(() -> new ControlNotFound("control action"));
        CompartmentRole role = compartments.membership(actionId, user).orElseThrow(() -> new ControlNotFound("control action"));
        return new Participation(action, role, role == CompartmentRole.MANAGER && user.hasRole(Role.COAC_COORDINATOR));
    }

    /** A participant who coordinates the action; a participating service is refused (and the refusal on record). */
    public Participation coordinator(UserProfile user, UUID actionId, String doing) {
        Participation p = of(user, actionId);
        if (!p.coordinator()) {
            throw refused(actionId, doing, "COORDINATOR_ONLY");
        }
        return p;
    }

    /** A refusal on record (in the caller's transaction, or its own when there is none). */
    public ControlRefused refused(UUID actionId, String doing, String reason) {
        audit.record(AuditRecord.of(AuditAction.DENIED).object("CONTROL_ACTION", actionId).compartment(actionId)
                .purpose(actionId == null ? "COAC_CONTROLE" : actionId.toString())
                .legalBasis(actionId == null ? "COAC" : "COAC action " + actionId).outcome(AuditOutcome.DENIED)
                .details(doing + " denied: " + reason).build());
        return new ControlRefused(reason);
    }
}
