package be.stroomplan.platform;

import java.util.List;

/** One page of a list: its items, its number (from 0), the page size and the total of items. */
public record ResultPage<T>(List<T> items, int page, int size, long totalItems) {

    public ResultPage {
        items = List.copyOf(items);
    }

    public int totalPages() {
        return (int) Math.max(1, (totalItems + size - 1) / size);
    }
}
