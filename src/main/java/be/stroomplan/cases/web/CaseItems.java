package be.stroomplan.cases.web;

import java.util.List;

import be.stroomplan.cases.InvalidCaseInput;
import be.stroomplan.sharing.InvalidSharingInput;
import be.stroomplan.sharing.ItemContent;
import be.stroomplan.sharing.ItemDraft;

/**
 * An item of the case API (DESIGN.md §7) is checked by the sharing module’s {@link ItemDraft}; the
 * case API keeps its defaults for the markings left out (classification NONE, TLP AMBER, source B,
 * information 2, handling code H0), and reports the problems as the case’s field errors.
 */
final class CaseItems {

    private CaseItems() {
    }

    static ItemContent content(ItemDraft draft, String prefix) {
        ItemDraft withDefaults = new ItemDraft(draft.category(), or(draft.classification(), "NONE"), or(draft.tlp(), "AMBER"),
                or(draft.sourceReliability(), "B"), or(draft.informationAccuracy(), "2"), or(draft.handlingCode(), "H0"),
                draft.handlingNote(), draft.title(), draft.text(), draft.fields(), draft.subjects());
        try {
            return withDefaults.content(prefix);
        } catch (InvalidSharingInput invalid) {
            throw new InvalidCaseInput(invalid.problems().stream().map(p -> new InvalidCaseInput.Problem(p.field(),
                    "is required".equals(p.message()) ? "cases.error.required" : p.message(), List.of())).toList());
        }
    }

    private static String or(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
