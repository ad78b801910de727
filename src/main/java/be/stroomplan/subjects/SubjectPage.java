package be.stroomplan.subjects;

import java.util.List;

/** One page of subjects. */
public record SubjectPage(List<SubjectSummary> items, int page, int size, int totalPages, long totalItems) {

    public SubjectPage {
        items = List.copyOf(items);
    }
}
