package be.stroomplan.controls.internal;

import java.util.List;
import java.util.UUID;

import be.stroomplan.impact.ControlFigures;
import be.stroomplan.impact.ControlIndicators;
import be.stroomplan.impact.ImpactQuery;
import be.stroomplan.partners.UserProfile;
import be.stroomplan.protocols.CompartmentKind;
import be.stroomplan.sharing.Compartments;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The control figures of the impact dashboard: over the actions the user takes part in (as the
 * coordinator or a participating service), or over every action for the organisation-wide view.
 * A partner filter keeps the actions that organisation serves in. Counts only, no target.
 */
@Component
class ImpactFigures implements ControlFigures {

    private final TargetStore targets;
    private final Compartments compartments;

    ImpactFigures(TargetStore targets, Compartments compartments) {
        this.targets = targets;
        this.compartments = compartments;
    }

    @Override
    @Transactional(readOnly = true)
    public ControlIndicators figures(UserProfile user, ImpactQuery query, boolean organisationWide) {
        List<UUID> actions = organisationWide ? null : compartments.memberships(user, CompartmentKind.ACTION);
        if (actions != null && actions.isEmpty()) {
            return new ControlIndicators(true, 0, 0, 0);
        }
        TargetStore.Totals totals = targets.totals(query.start(), query.end(), actions, query.partner());
        double share = totals.checked() == 0 ? 0 : (double) totals.onHold() / totals.checked();
        return new ControlIndicators(true, totals.executed(), totals.checked(), share);
    }
}
