package be.stroomplan.controls;

import java.util.UUID;

/** One line of a service's checklist. */
public record ChecklistItem(UUID id, String organisation, String label, boolean done, String doneBy) {
}
