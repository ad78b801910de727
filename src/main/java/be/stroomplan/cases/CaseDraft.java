package be.stroomplan.cases;

import java.util.List;

import be.stroomplan.sharing.ItemContent;
import be.stroomplan.subjects.SubjectDraft;

/**
 * A case as submitted: title, signal (aanleiding), urgency, the subjects (their compartment is filled
 * in at intake; category default OTHER), the submitter's own items, and the organisations invited.
 */
public record CaseDraft(String title, String signal, String urgency, List<SubjectDraft> subjects, List<ItemContent> items,
                        List<String> participants, boolean confidentialParticipants) {

    public CaseDraft {
        subjects = subjects == null ? List.of() : subjects;
        items = items == null ? List.of() : items;
        participants = participants == null ? List.of() : participants;
    }
}
