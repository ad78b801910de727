package be.stroomplan.retention;

/**
 * The proof of one class of data purged: which class (e.g. ITEM, ITEM_ATTACHMENT), how many rows,
 * and the rule that made them go. Recorded in the audit trail as is; it must hold no content.
 */
public record PurgeCount(String dataClass, long rows, String rule) {
}
