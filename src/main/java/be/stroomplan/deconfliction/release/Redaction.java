package be.stroomplan.deconfliction.release;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import be.stroomplan.protocols.DataCategory;
import be.stroomplan.protocols.HandlingCode;
import be.stroomplan.sharing.ItemContent;

/**
 * The content of a released item, made from the source item and the magistrate’s selection: the
 * selected parts only (or the written summary), the provenance as structured fields
 * ({@code releasedFrom}, {@code releasedBy}, {@code releasedAt}), category JUDICIAL, the source’s
 * classification, TLP and grading, handling code H2 (not to be passed on without the magistrate),
 * and the case’s subject as the item’s subject. A part that is not selected is not copied, and
 * nothing is derived from it: a title that is not selected is replaced by a neutral one, a text by
 * the provenance sentence. A pure function.
 */
public final class Redaction {

    public static final String RELEASED_FROM = "releasedFrom";
    public static final String RELEASED_BY = "releasedBy";
    public static final String RELEASED_AT = "releasedAt";
    static final Set<String> PROVENANCE_KEYS = Set.of(RELEASED_FROM, RELEASED_BY, RELEASED_AT);

    /** Where a release comes from: the dossier’s notice number, the magistrate’s name, the day. */
    public record Provenance(String noticeNumber, String magistrate, LocalDate date) {

        String sentence() {
            return "Vrijgegeven uit dossier " + noticeNumber + " door magistraat " + magistrate + " op " + date + ".";
        }
    }

    private Redaction() {
    }

    public static ItemContent redact(ItemContent source, ReleaseSelection selection, Provenance provenance, UUID caseSubject) {
        Map<String, Object> fields = new LinkedHashMap<>();
        String title;
        String text;
        if (selection.summarised()) {
            title = "Samenvatting, vrijgegeven uit dossier " + provenance.noticeNumber();
            text = selection.summary().strip();
        } else {
            source.fields().forEach((key, value) -> {
                if (selection.fields().contains(key)) {
                    fields.put(key, value);
                }
            });
            title = selection.title() ? source.title() : "Vrijgave uit dossier " + provenance.noticeNumber();
            text = selection.text() ? source.text() : provenance.sentence();
        }
        fields.put(RELEASED_FROM, provenance.noticeNumber());
        fields.put(RELEASED_BY, provenance.magistrate());
        fields.put(RELEASED_AT, provenance.date().toString());
        return new ItemContent(DataCategory.JUDICIAL, source.classification(), source.tlp(), source.sourceReliability(),
                source.informationAccuracy(), HandlingCode.H2, null, title, text, fields,
                caseSubject == null ? List.of() : List.of(caseSubject.toString()));
    }
}
