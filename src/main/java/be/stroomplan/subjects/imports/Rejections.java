package be.stroomplan.subjects.imports;

import java.util.ArrayList;
import java.util.List;

/** The rows an import refused: all counted, the first {@value SubjectImports#MAX_LISTED} kept with their reasons. */
final class Rejections {

    private final List<RejectedRow> listed = new ArrayList<>();
    private long count;
    private int lastLine = -1;
    private String lastFile;
    private boolean fatal;

    /** A problem that spoils every row (a wrong header, a missing file): the rows are not validated. */
    void fatal(RejectedRow row) {
        fatal = true;
        add(row);
    }

    boolean isFatal() {
        return fatal;
    }

    void add(RejectedRow row) {
        // a row with several problems counts once, and lists each problem
        if (row.line() != lastLine || !java.util.Objects.equals(row.file(), lastFile)) {
            count++;
            lastLine = row.line();
            lastFile = row.file();
        }
        if (listed.size() < SubjectImports.MAX_LISTED) {
            listed.add(row);
        }
    }

    long count() {
        return count;
    }

    /** The listed rows in the order of the files and their lines. */
    List<RejectedRow> listed() {
        return listed.stream().sorted(java.util.Comparator.comparing(RejectedRow::file,
                java.util.Comparator.nullsFirst(java.util.Comparator.<String>naturalOrder())).thenComparingInt(RejectedRow::line)).toList();
    }
}
