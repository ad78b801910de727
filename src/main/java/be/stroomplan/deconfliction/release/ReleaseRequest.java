package be.stroomplan.deconfliction.release;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A MAHO case’s request to the KALI magistrate for judicial information about one of its subjects
 * (vrijgave): the question, who asked, and the decision: APPROVED with the released item (and the
 * source the magistrate chose), or REFUSED with the reason. The subject’s name and type are kept as
 * the requester saw them; its identifiers are not copied here.
 */
public record ReleaseRequest(UUID id, UUID caseId, String caseReference, UUID subjectId, String subjectName,
                             String subjectType, String question, String requestedBy, String requesterOrganisation,
                             Instant requestedAt, ReleaseStatus status, String decidedBy, Instant decidedAt,
                             String refusalReason, UUID sourceItem, UUID sourceDossier, UUID releasedItem, int version) {

    /** How long it waited (or has waited until {@code now}) for the decision. */
    public Duration waiting(Instant now) {
        return Duration.between(requestedAt, decidedAt == null ? now : decidedAt);
    }

    /** Whole days of {@link #waiting}, for the magistrate's list. */
    public long waitingDays(Instant now) {
        return waiting(now).toDays();
    }

    /** Whole hours beyond the days of {@link #waiting}. */
    public long waitingHours(Instant now) {
        return waiting(now).toHoursPart();
    }
}
