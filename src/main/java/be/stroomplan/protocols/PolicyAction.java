package be.stroomplan.protocols;

/** What a user asks the {@link PolicyDecisionPoint} to do with an information item. */
public enum PolicyAction {
    /** Read the item's content (text, fields, attachments, versions). */
    READ,
    /** Make the item available to another organisation, for a compartment and a purpose. */
    DISCLOSE,
    /** Add the item to a compartment, or edit it (a new version), or attach a file to it. */
    WRITE
}
