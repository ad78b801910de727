package be.stroomplan.controls.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import be.stroomplan.controls.ControlAction;
import be.stroomplan.controls.ControlConflict;
import be.stroomplan.controls.ControlTarget;
import be.stroomplan.controls.InvalidControlInput;
import be.stroomplan.deconfliction.CheckItem;
import be.stroomplan.deconfliction.CheckRequest;
import be.stroomplan.deconfliction.CheckResult;
import be.stroomplan.deconfliction.CheckStatus;
import be.stroomplan.deconfliction.Deconfliction;
import be.stroomplan.deconfliction.InvalidDeconflictionInput;
import be.stroomplan.deconfliction.OperationClash;
import be.stroomplan.deconfliction.OperationKind;
import be.stroomplan.deconfliction.PlannedAction;
import be.stroomplan.deconfliction.PlannedOperation;
import be.stroomplan.partners.UserProfile;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The action's side of blind deconfliction: at submission every target's identifiers are checked
 * (purpose COAC_CONTROLE, with the window, the address and the action's id as reference) and the
 * answer kept per target, CLEAR or ON_HOLD with the tickets; the action is registered as a planned
 * operation for operational clashes, and withdrawn when it is over. The deconfliction module is
 * reached through its public interface only.
 */
@Component
public class TargetDeconfliction {

    static final String PURPOSE = "COAC_CONTROLE";

    private final ObjectProvider<Deconfliction> deconfliction;
    private final TargetStore targets;

    TargetDeconfliction(ObjectProvider<Deconfliction> deconfliction, TargetStore targets) {
        this.deconfliction = deconfliction;
        this.targets = targets;
    }

    /** Checks every target and registers the operation; in the caller's transaction. */
    public void submit(UserProfile coordinator, ControlAction action, List<ControlTarget> all) {
        Deconfliction d = available();
        List<CheckItem> everything = new ArrayList<>();
        for (ControlTarget target : all) {
            CheckResult result;
            try {
                result = d.check(coordinator, new CheckRequest(PURPOSE, target.identifiers(),
                        new PlannedAction(action.reference() + " " + action.name() + " (" + action.area() + ")", action.startsAt(),
                                action.endsAt(), target.address(), action.id().toString())));
            } catch (InvalidDeconflictionInput invalid) {
                throw new InvalidControlInput("targets[" + all.indexOf(target) + "]", "controls.error.uncheckable");
            }
            List<UUID> tickets = result.results().stream().filter(r -> r.status() == CheckStatus.ON_HOLD)
                    .map(CheckResult.ItemResult::ticket).distinct().toList();
            targets.checked(target.id(), tickets.isEmpty() ? CheckStatus.CLEAR : CheckStatus.ON_HOLD, tickets);
            everything.addAll(target.identifiers());
        }
        d.registerOperation(coordinator, new PlannedOperation(action.id(), OperationKind.COAC_ACTION, coordinator.username(),
                action.startsAt(), action.endsAt(), everything));
    }

    /** Withdraws the action from operational deconfliction (executed, reported or cancelled). */
    public void withdraw(UUID actionId) {
        Deconfliction d = deconfliction.getIfAvailable();
        if (d != null) {
            d.withdrawOperation(actionId);
        }
    }

    /** The clashes of the action as its coordinator sees them; none before submission or without the module. */
    public List<OperationClash> clashes(UserProfile coordinator, UUID actionId) {
        Deconfliction d = deconfliction.getIfAvailable();
        return d == null ? List.of() : d.clashes(coordinator, actionId);
    }

    private Deconfliction available() {
        Deconfliction d = deconfliction.getIfAvailable();
        if (d == null) {
            throw new ControlConflict("controls.error.deconflictionUnavailable",
                    "Deconfliction is not available; the action cannot be submitted yet.");
        }
        return d;
    }
}
