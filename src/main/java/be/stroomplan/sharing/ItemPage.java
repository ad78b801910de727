package be.stroomplan.sharing;

import java.util.List;

/** One page of a compartment's listing. */
public record ItemPage(List<ItemSummary> items, int page, int size, int totalPages, long totalItems) {

    public ItemPage {
        items = List.copyOf(items);
    }
}
