package be.stroomplan.controls;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import be.stroomplan.deconfliction.DeconflictionDecision;

/** A deconfliction ticket of a target on hold and, once the magistrate decided, what the requester may know of it. */
public record TargetTicket(UUID ticket, DeconflictionDecision decision, String conditions, LocalDate postponedUntil,
                           Instant decidedAt) {

    public boolean pending() {
        return decision == null;
    }

    /** GO or GO_WITH_CONDITIONS: the target may be visited (under the conditions). */
    public boolean allowsVisit() {
        return decision == DeconflictionDecision.GO || decision == DeconflictionDecision.GO_WITH_CONDITIONS;
    }
}
