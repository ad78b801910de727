package be.stroomplan.controls;

import java.util.List;

/** One page of the actions a user takes part in. */
public record ControlPage(List<ControlAction> items, int page, int size, long totalItems, int totalPages) {
}
