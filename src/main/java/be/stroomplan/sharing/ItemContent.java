package be.stroomplan.sharing;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import be.stroomplan.partners.Classification;
import be.stroomplan.protocols.DataCategory;
import be.stroomplan.protocols.HandlingCode;

/**
 * What an item says and how it is marked: the input of adding and editing. {@code title} may be
 * null (the first line of the text then serves); {@code handlingNote} is required for H3.
 */
public record ItemContent(DataCategory category, Classification classification, Tlp tlp,
                          SourceReliability sourceReliability, InformationAccuracy informationAccuracy,
                          HandlingCode handlingCode, String handlingNote, String title, String text,
                          Map<String, Object> fields, List<String> subjects) {

    public ItemContent {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(tlp, "tlp");
        Objects.requireNonNull(sourceReliability, "sourceReliability");
        Objects.requireNonNull(informationAccuracy, "informationAccuracy");
        Objects.requireNonNull(handlingCode, "handlingCode");
        Objects.requireNonNull(text, "text");
        if (handlingCode == HandlingCode.H3 && (handlingNote == null || handlingNote.isBlank())) {
            throw new IllegalArgumentException("An item with handling code H3 needs a handling note");
        }
        fields = fields == null ? Map.of() : Map.copyOf(fields);
        subjects = subjects == null ? List.of() : List.copyOf(subjects);
        title = title == null || title.isBlank() ? titleOf(text) : title.trim();
    }

    private static String titleOf(String text) {
        String line = text.strip().lines().findFirst().orElse("").strip();
        return line.length() <= 120 ? line : line.substring(0, 119) + "…";
    }
}
