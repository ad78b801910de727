package be.stroomplan.sharing;

import java.util.List;

/** One page of the items of a compartment the user may not read. */
public record WithheldPage(List<WithheldItem> items, int page, int size, int totalPages, long totalItems) {

    public WithheldPage {
        items = List.copyOf(items);
    }
}
