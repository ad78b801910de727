package be.stroomplan.protocols;

/**
 * Why the {@link PolicyDecisionPoint} refuses: the codes of the API's {@code reasons} list. Each has
 * a message {@code policy.reason.<CODE>} in every language. Stable names: partner systems read them.
 */
public enum DenyReason {
    /** The user is not a member of the compartment concerned. */
    NOT_A_MEMBER,
    /** The user's roles do not read or write content, or a READER tries to write or disclose. */
    ROLE_NOT_ALLOWED,
    /** Meeting place: the item belongs to another organisation and was not disclosed to the user's. */
    OTHER_ORGANISATION,
    /** The disclosure to the user's organisation was revoked. */
    DISCLOSURE_REVOKED,
    /** The protocol of the disclosure no longer covers it (suspended, terminated, expired, amended away). */
    PROTOCOL_ENDED,
    /** No protocol of the provider names the recipient at all. */
    NO_PROTOCOL,
    PROTOCOL_NOT_ACTIVE,
    PROTOCOL_SUSPENDED,
    PROTOCOL_TERMINATED,
    PROTOCOL_EXPIRED,
    PROTOCOL_NOT_YET_VALID,
    RECIPIENT_NOT_COVERED,
    CATEGORY_NOT_COVERED,
    PURPOSE_NOT_COVERED,
    /** The user's clearance, or its expiry, is below the item's classification. */
    CLEARANCE_TOO_LOW,
    /** An H2/H3 item disclosed onward by an organisation that does not own it. */
    HANDLING_CODE,
    /** The discloser's organisation neither owns nor received the item, or the discloser lacks MANAGER/MEMBER. */
    NOT_ALLOWED_TO_DISCLOSE,
    /** The recipient organisation has no membership in the target compartment. */
    RECIPIENT_NOT_IN_COMPARTMENT,
    /** The recipient is the discloser's own organisation. */
    SAME_ORGANISATION,
    /** No purpose was given and none can be derived, or the given one is neither a compartment nor a justification. */
    PURPOSE_REQUIRED,
    /** The purpose code is not on the managed list. */
    PURPOSE_UNKNOWN,
    /**
     * The item's compartment (a KALI dossier) is under embargo: nothing leaves it, except a summary
     * that the magistrate approved.
     */
    EMBARGO,
    /** The compartment (a MAHO case) requires the user's acknowledgement of its confidentiality (art. 458ter Sw.), not yet given. */
    CONFIDENTIALITY_NOT_ACKNOWLEDGED;

    /** The key of the localised message. */
    public String messageKey() {
        return "policy.reason." + name();
    }

    /** The reason for a protocol that misses a flow. */
    public static DenyReason of(MissReason miss) {
        return switch (miss) {
            case NOT_ACTIVE -> PROTOCOL_NOT_ACTIVE;
            case SUSPENDED -> PROTOCOL_SUSPENDED;
            case TERMINATED -> PROTOCOL_TERMINATED;
            case EXPIRED -> PROTOCOL_EXPIRED;
            case NOT_YET_VALID -> PROTOCOL_NOT_YET_VALID;
            case RECIPIENT_NOT_COVERED -> RECIPIENT_NOT_COVERED;
            case CATEGORY_NOT_COVERED -> CATEGORY_NOT_COVERED;
            case PURPOSE_NOT_COVERED -> PURPOSE_NOT_COVERED;
        };
    }
}
