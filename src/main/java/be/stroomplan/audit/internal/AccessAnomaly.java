package be.stroomplan.audit.internal;

/** The patterns in a user's activity that a DPO should look at (issue: DPO workspace). */
public enum AccessAnomaly {
    /** Far more searches than the user's peers. */
    SEARCH_VOLUME,
    /** A large share of the accesses between 22:00 and 06:00. */
    ODD_HOURS,
    /** Many refusals: trying what one may not. */
    MANY_DENIALS,
    /** Many exports. */
    BULK_EXPORT
}
