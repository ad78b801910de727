package be.stroomplan.cases;

import java.time.Instant;
import java.util.UUID;

/** An in-app notification for one user about one case (an assignment, an overdue action, a request). */
public record CaseNotification(UUID id, String username, UUID caseId, String kind, String text, Instant createdAt,
                               Instant readAt) {
}
