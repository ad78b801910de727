package be.stroomplan.deconfliction;

import java.util.List;

/** A deconfliction check (DESIGN.md §7): a purpose, the identifiers, and optionally the planned action. */
public record CheckRequest(String purpose, List<CheckItem> items, PlannedAction action) {
}
