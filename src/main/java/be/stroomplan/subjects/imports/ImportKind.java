package be.stroomplan.subjects.imports;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What an import reads (DESIGN.md §7): generic lists of persons or companies as CSV with a header
 * row, the public KBO open-data files as a zip, or FollowTheMoney entities, one JSON object a line.
 */
public enum ImportKind {

    PERSONS(List.of("ref", "name", "birth_date", "birth_place", "nationality", "national_number", "street", "number",
            "postcode", "municipality", "phone", "email")),
    COMPANIES(List.of("ref", "name", "legal_form", "enterprise_number", "street", "number", "postcode", "municipality",
            "nace")),
    KBO(List.of()),
    FTM(List.of());

    private final List<String> columns;

    ImportKind(List<String> columns) {
        this.columns = columns;
    }

    /** The header row a CSV of this kind must have, in this order; empty for the other formats. */
    public List<String> columns() {
        return columns;
    }

    public static Optional<ImportKind> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
