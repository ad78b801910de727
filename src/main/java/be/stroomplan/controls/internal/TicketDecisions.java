package be.stroomplan.controls.internal;

import be.stroomplan.audit.AuditAction;
import be.stroomplan.audit.AuditRecord;
import be.stroomplan.audit.AuditTrail;
import be.stroomplan.deconfliction.TicketDecided;
import be.stroomplan.platform.Actor;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The magistrate's decisions flow back to the targets: GO and GO_WITH_CONDITIONS make a target
 * visitable (with the condition text), POSTPONE, NO_GO and CONSULT_FIRST keep it barred. Only what
 * the requester may know arrives here: the ticket, the decision, the conditions and the date.
 */
@Component
class TicketDecisions {

    private final TargetStore targets;
    private final AuditTrail audit;

    TicketDecisions(TargetStore targets, AuditTrail audit) {
        this.targets = targets;
        this.audit = audit;
    }

    @ApplicationModuleListener
    void on(TicketDecided decided) {
        targets.decided(decided.ticket(), decided.decision(), decided.conditions(), decided.postponedUntil(), decided.at())
                .ifPresent(action -> audit.record(AuditRecord.of(AuditAction.UPDATE).object("CONTROL_ACTION", action)
                        .compartment(action).purpose(action.toString()).legalBasis("COAC action " + action)
                        .details("deconfliction ticket " + decided.ticket() + " decided: " + decided.decision())
                        .actor(Actor.system()).build()));
    }
}
