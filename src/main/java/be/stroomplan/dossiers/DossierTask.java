package be.stroomplan.dossiers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A team task: assigned to a user, with an optional due date, done or not. */
public record DossierTask(UUID id, UUID dossier, String title, String assignee, LocalDate dueOn, String doneBy, Instant doneAt,
                          String createdBy, Instant createdAt) {

    public boolean done() {
        return doneAt != null;
    }
}
