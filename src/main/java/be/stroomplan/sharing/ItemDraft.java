package be.stroomplan.sharing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import be.stroomplan.partners.Classification;
import be.stroomplan.protocols.DataCategory;
import be.stroomplan.protocols.HandlingCode;
import be.stroomplan.sharing.InvalidSharingInput.FieldProblem;

/**
 * An item's content as an API body gives it (DESIGN.md §7), for this module's API and for the
 * modules that add items to their own compartments (dossiers). Codes arrive as text so that an
 * unknown value is a field error ({@link InvalidSharingInput}), never a parse failure.
 */
public record ItemDraft(String category, String classification, String tlp, String sourceReliability,
                        String informationAccuracy, String handlingCode, String handlingNote, String title, String text,
                        Map<String, Object> fields, List<String> subjects) {

    static final int MAX_TEXT = 100_000;

    /** The checked content; every field that fails is reported at once. */
    public ItemContent content() {
        return content("");
    }

    /**
     * The checked content, each failing field reported under {@code prefix} + its name (e.g.
     * {@code items[0].text} for an item inside a larger body).
     */
    public ItemContent content(String prefix) {
        List<FieldProblem> problems = new ArrayList<>();
        DataCategory c = parse(problems, "category", category, DataCategory.class);
        Classification cl = parse(problems, "classification", classification, Classification.class);
        Tlp t = required(problems, "tlp", tlp, Tlp.parse(tlp), "CLEAR, GREEN, AMBER, AMBER+STRICT or RED");
        SourceReliability s = parse(problems, "sourceReliability", sourceReliability, SourceReliability.class);
        InformationAccuracy a = required(problems, "informationAccuracy", informationAccuracy,
                InformationAccuracy.parse(informationAccuracy), "1, 2, 3 or 4");
        HandlingCode h = parse(problems, "handlingCode", handlingCode, HandlingCode.class);
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem("text", "is required"));
        } else if (text.length() > MAX_TEXT) {
            problems.add(new FieldProblem("text", "is longer than " + MAX_TEXT + " characters"));
        }
        if (title != null && title.length() > 300) {
            problems.add(new FieldProblem("title", "is longer than 300 characters"));
        }
        if (h == HandlingCode.H3 && (handlingNote == null || handlingNote.isBlank())) {
            problems.add(new FieldProblem("handlingNote", "is required with handling code H3"));
        }
        if (subjects != null && subjects.stream().anyMatch(id -> id == null || id.isBlank() || id.length() > 100)) {
            problems.add(new FieldProblem("subjects", "must be subject ids"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidSharingInput(problems.stream().map(p -> new FieldProblem(prefix + p.field(), p.message())).toList());
        }
        return new ItemContent(c, cl, t, s, a, h, handlingNote == null || handlingNote.isBlank() ? null : handlingNote.trim(),
                title, text, fields, subjects == null ? List.of() : subjects.stream().map(String::trim).toList());
    }

    private static <E extends Enum<E>> E parse(List<FieldProblem> problems, String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "is required"));
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "must be one of " + List.of(type.getEnumConstants())));
            return null;
        }
    }

    private static <T> T required(List<FieldProblem> problems, String field, String value, Optional<T> parsed, String allowed) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "is required"));
            return null;
        }
        return parsed.orElseGet(() -> {
            problems.add(new FieldProblem(field, "must be one of " + allowed));
            return null;
        });
    }
}
