package be.stroomplan.subjects;

import java.util.List;

/**
 * One page of subjects.
 *
 * @param totalItems how many there are; for a name search at most {@link SubjectRegister#MAX_RESULTS}
 * @param totalCapped whether there are more than {@code totalItems} (a name search stops counting at
 *        {@link SubjectRegister#MAX_RESULTS}: the user should narrow the query)
 */
public record SubjectPage(List<SubjectSummary> items, int page, int size, int totalPages, long totalItems, boolean totalCapped) {

    public SubjectPage {
        items = List.copyOf(items);
    }

    /** A page whose total is exact. */
    public SubjectPage(List<SubjectSummary> items, int page, int size, int totalPages, long totalItems) {
        this(items, page, size, totalPages, totalItems, false);
    }
}
