package be.stroomplan.dossiers.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import be.stroomplan.partners.Classification;
import be.stroomplan.protocols.DataCategory;
import be.stroomplan.protocols.HandlingCode;
import be.stroomplan.sharing.InformationAccuracy;
import be.stroomplan.sharing.InvalidSharingInput;
import be.stroomplan.sharing.InvalidSharingInput.FieldProblem;
import be.stroomplan.sharing.ItemContent;
import be.stroomplan.sharing.SourceReliability;
import be.stroomplan.sharing.Tlp;

/**
 * The body of adding an item to a dossier (DESIGN.md §7): the same fields as the sharing module’s,
 * codes as text so that an unknown value is a field error.
 */
record DossierItemRequest(String category, String classification, String tlp, String sourceReliability,
                          String informationAccuracy, String handlingCode, String handlingNote, String title, String text,
                          Map<String, Object> fields, List<String> subjects) {

    ItemContent content() {
        List<FieldProblem> problems = new ArrayList<>();
        DataCategory c = parse(problems, "category", category, DataCategory.class);
        Classification cl = parse(problems, "classification", classification, Classification.class);
        Tlp t = known(problems, "tlp", tlp, Tlp.parse(tlp));
        SourceReliability s = parse(problems, "sourceReliability", sourceReliability, SourceReliability.class);
        InformationAccuracy a = known(problems, "informationAccuracy", informationAccuracy, InformationAccuracy.parse(informationAccuracy));
        HandlingCode h = parse(problems, "handlingCode", handlingCode, HandlingCode.class);
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem("text", "is required"));
        } else if (text.length() > 100_000) {
            problems.add(new FieldProblem("text", "is longer than 100000 characters"));
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
            throw new InvalidSharingInput(problems);
        }
        return new ItemContent(c, cl, t, s, a, h, handlingNote == null || handlingNote.isBlank() ? null : handlingNote.strip(),
                title, text, fields, subjects == null ? List.of() : subjects.stream().map(String::strip).toList());
    }

    private static <E extends Enum<E>> E parse(List<FieldProblem> problems, String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "is required"));
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "must be one of " + List.of(type.getEnumConstants())));
            return null;
        }
    }

    private static <T> T known(List<FieldProblem> problems, String field, String value, Optional<T> parsed) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "is required"));
            return null;
        }
        return parsed.orElseGet(() -> {
            problems.add(new FieldProblem(field, "is not a known value"));
            return null;
        });
    }
}
