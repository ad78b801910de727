package be.stroomplan.protocols;

/** Why a protocol version does not cover a flow. Stable names: the "why" explanation shows them. */
public enum MissReason {
    /** Still a draft: never activated. */
    NOT_ACTIVE,
    SUSPENDED,
    TERMINATED,
    /** Its validity ended before the flow's date. */
    EXPIRED,
    /** Its validity starts after the flow's date. */
    NOT_YET_VALID,
    RECIPIENT_NOT_COVERED,
    CATEGORY_NOT_COVERED,
    PURPOSE_NOT_COVERED
}
