package be.stroomplan.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One step of a case's history: from, to, why, by whom, when (and until when, for ON_HOLD). */
public record CaseTransition(UUID id, CaseStatus from, CaseStatus to, String reason, LocalDate until, String byUser,
                             String byOrganisation, Instant at) {
}
