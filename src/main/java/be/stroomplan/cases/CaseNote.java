package be.stroomplan.cases;

import java.time.Instant;
import java.util.UUID;

/**
 * A note on a case’s timeline that is not a status move, such as the KALI magistrate’s answer to a
 * release request: its kind (a message key suffix, e.g. RELEASE_APPROVED), a short text, by whom,
 * when.
 */
public record CaseNote(UUID id, UUID caseId, String kind, String text, String byUser, String byOrganisation, Instant at) {
}
