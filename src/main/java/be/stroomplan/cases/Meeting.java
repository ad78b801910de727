package be.stroomplan.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A MAHO meeting: when, where, who chairs, which organisations attend, and its agenda of cases,
 * each with the minutes kept for that case and the decision taken on it in the meeting.
 */
public record Meeting(UUID id, Instant heldAt, String place, String chair, List<String> attendees, String createdBy,
                      Instant createdAt, List<AgendaItem> agenda) {

    /** One case on the agenda, with its minutes and the meeting's decision on it. */
    public record AgendaItem(UUID caseId, String reference, String title, int position, String minutes, String decision) {
    }
}
