package be.stroomplan.subjects;

/**
 * A new relation as the API gives it, unparsed: the type, the target subject's id, the period
 * (ISO dates, both optional), the source information item's id and the 4x4 grading (B2), both
 * optional.
 */
public record RelationDraft(String type, String target, String from, String to, String sourceItem, String grading) {
}
