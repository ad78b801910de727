package be.stroomplan.sharing.web;

import java.util.List;
import java.util.Map;

import be.stroomplan.sharing.ItemContent;
import be.stroomplan.sharing.ItemDraft;

/**
 * The body of adding or editing an item (DESIGN.md §7): an {@link ItemDraft}, and for edits
 * {@code version}, which guards against overwriting a newer version.
 */
record ItemRequest(String category, String classification, String tlp, String sourceReliability,
                   String informationAccuracy, String handlingCode, String handlingNote, String title, String text,
                   Map<String, Object> fields, List<String> subjects, Integer version) {

    ItemContent content() {
        return new ItemDraft(category, classification, tlp, sourceReliability, informationAccuracy, handlingCode, handlingNote,
                title, text, fields, subjects).content();
    }
}
