package be.stroomplan.controls;

import java.util.Map;
import java.util.Set;

/** Where a control action stands. Stored by name. */
public enum ControlStatus {
    PLANNED,
    DECONFLICTED,
    APPROVED,
    EXECUTED,
    REPORTED,
    CANCELLED;

    private static final Map<ControlStatus, Set<ControlStatus>> MOVES = Map.of(
            PLANNED, Set.of(DECONFLICTED, CANCELLED),
            DECONFLICTED, Set.of(APPROVED, CANCELLED),
            APPROVED, Set.of(EXECUTED, CANCELLED),
            EXECUTED, Set.of(REPORTED),
            REPORTED, Set.of(),
            CANCELLED, Set.of());

    public boolean mayMoveTo(ControlStatus to) {
        return MOVES.get(this).contains(to);
    }

    /** The statuses this one may move to. */
    public Set<ControlStatus> next() {
        return MOVES.get(this);
    }

    /** Whether the action's planned operation is over (withdrawn from operational deconfliction). */
    public boolean finished() {
        return this == EXECUTED || this == REPORTED || this == CANCELLED;
    }
}
