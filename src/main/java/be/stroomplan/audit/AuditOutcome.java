package be.stroomplan.audit;

/** How the audited operation ended. Stored by name. */
public enum AuditOutcome {
    SUCCESS,
    DENIED,
    FAILURE
}
