package be.stroomplan.cases.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import be.stroomplan.cases.InvalidCaseInput;
import be.stroomplan.partners.Classification;
import be.stroomplan.protocols.DataCategory;
import be.stroomplan.protocols.HandlingCode;
import be.stroomplan.sharing.InformationAccuracy;
import be.stroomplan.sharing.ItemContent;
import be.stroomplan.sharing.SourceReliability;
import be.stroomplan.sharing.Tlp;

/** An item of the case API (DESIGN.md §7), codes as text so that a wrong one is a field error. */
record CaseItemRequest(String category, String classification, String tlp, String sourceReliability,
                       String informationAccuracy, String handlingCode, String handlingNote, String title, String text,
                       Map<String, Object> fields, List<String> subjects) {

    ItemContent content(String prefix) {
        List<InvalidCaseInput.Problem> problems = new ArrayList<>();
        DataCategory c = parse(problems, prefix + "category", category, DataCategory.class);
        Classification cl = parse(problems, prefix + "classification", classification == null ? "NONE" : classification,
                Classification.class);
        Tlp t = Tlp.parse(tlp == null ? "AMBER" : tlp).orElse(null);
        if (t == null) {
            problems.add(new InvalidCaseInput.Problem(prefix + "tlp", "cases.error.tlp"));
        }
        SourceReliability s = parse(problems, prefix + "sourceReliability", sourceReliability == null ? "B" : sourceReliability,
                SourceReliability.class);
        InformationAccuracy a = InformationAccuracy.parse(informationAccuracy == null ? "2" : informationAccuracy).orElse(null);
        if (a == null) {
            problems.add(new InvalidCaseInput.Problem(prefix + "informationAccuracy", "cases.error.accuracy"));
        }
        HandlingCode h = parse(problems, prefix + "handlingCode", handlingCode == null ? "H0" : handlingCode, HandlingCode.class);
        if (text == null || text.isBlank()) {
            problems.add(new InvalidCaseInput.Problem(prefix + "text", "cases.error.required"));
        }
        if (h == HandlingCode.H3 && (handlingNote == null || handlingNote.isBlank())) {
            problems.add(new InvalidCaseInput.Problem(prefix + "handlingNote", "cases.error.handlingNote"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidCaseInput(problems);
        }
        return new ItemContent(c, cl, t, s, a, h, handlingNote == null || handlingNote.isBlank() ? null : handlingNote.trim(),
                title, text, fields, subjects == null ? List.of() : subjects.stream().map(String::trim).toList());
    }

    private static <E extends Enum<E>> E parse(List<InvalidCaseInput.Problem> problems, String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            problems.add(new InvalidCaseInput.Problem(field, "cases.error.required"));
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new InvalidCaseInput.Problem(field, "cases.error.oneOf",
                    String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
            return null;
        }
    }
}
