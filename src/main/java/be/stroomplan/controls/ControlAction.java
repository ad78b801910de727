package be.stroomplan.controls;

import java.time.Instant;
import java.util.UUID;

/**
 * A COAC control action (controle-actie): the record every participant reads. Its id is its
 * compartment's id. It owns its transitions: {@link #moveTo} refuses what {@link ControlStatus}
 * does not allow.
 */
public record ControlAction(UUID id, String reference, String name, ControlType type, Instant startsAt, Instant endsAt,
                            String area, ControlStatus status, String plannedBy, String plannerOrganisation,
                            Instant plannedAt, int version) {

    /** The action in its new status, or {@link ControlConflict} for an illegal move. */
    public ControlAction moveTo(ControlStatus to) {
        if (to == null || !status.mayMoveTo(to)) {
            throw new ControlConflict("controls.error.transition", "A control action cannot move from " + status + " to " + to + ".");
        }
        return new ControlAction(id, reference, name, type, startsAt, endsAt, area, to, plannedBy, plannerOrganisation,
                plannedAt, version);
    }
}
