package be.stroomplan.deconfliction;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The magistrate decided a ticket. Carries only what the requester may know: the requester's own
 * reference (e.g. a COAC action id), the decision and its condition text.
 */
public record TicketDecided(UUID ticket, String requester, String reference, DeconflictionDecision decision,
                            String conditions, LocalDate postponedUntil, Instant at) {
}
