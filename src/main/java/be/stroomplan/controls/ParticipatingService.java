package be.stroomplan.controls;

import java.util.List;

/** A service taking part in an action: its organisation, staff count and checklist. */
public record ParticipatingService(String organisation, int staff, List<ChecklistItem> checklist) {

    public ParticipatingService {
        checklist = checklist == null ? List.of() : List.copyOf(checklist);
    }
}
