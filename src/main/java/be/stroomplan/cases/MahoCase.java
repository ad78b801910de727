package be.stroomplan.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A MAHO case: the aggregate that owns its state changes. Its id is its compartment's id.
 * {@link #moveTo} checks the transition table of {@link CaseStatus} and the conditions of the
 * target state (a reason always; a date in the future to put it on hold; a decision to be DECIDED;
 * an outcome to be CLOSED) and answers the case in its new state, or throws.
 */
public record MahoCase(UUID id, String reference, String title, String signal, Urgency urgency, CaseStatus status,
                       LocalDate onHoldUntil, String submitterOrganisation, String submittedBy, Instant submittedAt,
                       boolean confidentialParticipants, String screening, int version) {

    /** What the move needs to know beyond the case itself. */
    public record Facts(boolean decided, boolean outcomeRecorded, LocalDate today) {
    }

    public MahoCase moveTo(CaseStatus to, String reason, LocalDate until, Facts facts) {
        if (to == null) {
            throw new InvalidCaseInput("to", "cases.error.required");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidCaseInput("reason", "cases.error.required");
        }
        if (!status.mayMoveTo(to)) {
            throw new CaseConflict("cases.error.transition", "A case in " + status + " cannot move to " + to
                    + "; it may move to " + status.next() + ".");
        }
        LocalDate holdUntil = null;
        if (to == CaseStatus.ON_HOLD) {
            if (until == null) {
                throw new InvalidCaseInput("until", "cases.error.untilRequired");
            }
            if (!until.isAfter(facts.today())) {
                throw new InvalidCaseInput("until", "cases.error.future");
            }
            holdUntil = until;
        }
        if (to == CaseStatus.DECIDED && !facts.decided()) {
            throw new CaseConflict("cases.error.noDecision", "A case is decided by recording its decision.");
        }
        if (to == CaseStatus.CLOSED && !facts.outcomeRecorded()) {
            throw new InvalidCaseInput("outcome", "cases.error.outcomeRequired");
        }
        return new MahoCase(id, reference, title, signal, urgency, to, holdUntil, submitterOrganisation, submittedBy,
                submittedAt, confidentialParticipants, screening, version);
    }
}
