package be.stroomplan.deconfliction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A ticket as its requester sees it: the decision (null while pending) and the condition text, and
 * nothing about the dossier that hit.
 */
public record TicketView(UUID ticket, DeconflictionDecision decision, String conditions, LocalDate postponedUntil,
                         Instant requestedAt, Instant decidedAt) {

    public boolean pending() {
        return decision == null;
    }
}
