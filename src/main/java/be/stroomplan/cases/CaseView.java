package be.stroomplan.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import be.stroomplan.sharing.Acknowledgement;

/**
 * A case as one participant may see it: the record, the participants they may see, the history
 * and the timeline notes, information requests, decisions, actions and outcome, their own
 * acknowledgement and whether they coordinate it. Items are not in it: they are listed through the
 * policy decision point.
 */
public record CaseView(MahoCase kase, List<String> participants, boolean participantsReduced, List<CaseTransition> history,
                       List<CaseNote> notes, List<InformationRequest> requests, List<Decision> decisions,
                       List<CaseAction> actions, Optional<Outcome> outcome, Acknowledgement acknowledgement,
                       boolean coordinator) {

    /** One line of the timeline: a move (status set, kind null) or a note (kind set). */
    public record TimelineEntry(Instant at, CaseStatus status, String kind, String text, String byUser) {
    }

    /** The moves and the notes, oldest first. */
    public List<TimelineEntry> timeline() {
        List<TimelineEntry> entries = new ArrayList<>();
        history.forEach(h -> entries.add(new TimelineEntry(h.at(), h.to(), null, h.reason(), h.byUser())));
        notes.forEach(n -> entries.add(new TimelineEntry(n.at(), null, n.kind(), n.text(), n.byUser())));
        entries.sort(Comparator.comparing(TimelineEntry::at));
        return entries;
    }

    /** The information requests addressed to the organisation, open ones first. */
    public List<InformationRequest> requestsTo(String organisation) {
        return requests.stream().filter(r -> r.organisation().equals(organisation))
                .sorted(Comparator.comparing(InformationRequest::answered).thenComparing(InformationRequest::due)).toList();
    }

    /** The meeting a decision was taken in, if the decision names one. */
    public Optional<UUID> meetingOf(Decision decision) {
        return Optional.ofNullable(decision.meeting());
    }

    /** Whether a request is past its due date and unanswered (for the overdue marking). */
    public static boolean overdue(InformationRequest request, LocalDate today) {
        return request.overdue(today);
    }
}
