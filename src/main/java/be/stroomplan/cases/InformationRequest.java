package be.stroomplan.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The coordinator's request to a participating organisation for information, with a due date. */
public record InformationRequest(UUID id, UUID caseId, String organisation, String question, LocalDate due,
                                 String requestedBy, Instant requestedAt, String answeredBy, Instant answeredAt,
                                 UUID answerItem, String answerNote) {

    public boolean answered() {
        return answeredAt != null;
    }

    public boolean overdue(LocalDate today) {
        return !answered() && due.isBefore(today);
    }
}
