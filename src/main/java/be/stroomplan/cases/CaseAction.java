package be.stroomplan.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An action carrying out one intervention: who does it (organisation, perhaps a user), by when, and its result. */
public record CaseAction(UUID id, UUID caseId, UUID intervention, String title, String organisation, String user,
                         LocalDate due, ActionStatus status, String result, String createdBy, Instant createdAt) {

    public boolean overdue(LocalDate today) {
        return status.open() && due.isBefore(today);
    }
}
