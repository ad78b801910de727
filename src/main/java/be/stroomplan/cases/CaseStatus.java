package be.stroomplan.cases;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The states of a MAHO case and the moves between them (package-info has the table). The
 * aggregate {@link MahoCase} refuses any other move.
 */
public enum CaseStatus {
    SUBMITTED,
    SCREENING,
    IN_CONSULTATION,
    DECIDED,
    IN_EXECUTION,
    CLOSED,
    REJECTED,
    ON_HOLD,
    REOPENED;

    private static final Map<CaseStatus, Set<CaseStatus>> NEXT = Map.of(
            SUBMITTED, EnumSet.of(SCREENING),
            SCREENING, EnumSet.of(IN_CONSULTATION, REJECTED, ON_HOLD),
            IN_CONSULTATION, EnumSet.of(DECIDED),
            DECIDED, EnumSet.of(IN_EXECUTION),
            IN_EXECUTION, EnumSet.of(CLOSED),
            CLOSED, EnumSet.of(REOPENED),
            REJECTED, EnumSet.of(REOPENED),
            ON_HOLD, EnumSet.of(SCREENING, IN_CONSULTATION),
            REOPENED, EnumSet.of(SCREENING));

    /** The states this one may move to. */
    public Set<CaseStatus> next() {
        return EnumSet.copyOf(NEXT.get(this));
    }

    public boolean mayMoveTo(CaseStatus to) {
        return NEXT.get(this).contains(to);
    }

    /** A case that is over: closed or rejected (it may be reopened). */
    public boolean finished() {
        return this == CLOSED || this == REJECTED;
    }
}
