package be.stroomplan.audit;

/** What was done. Stored by name: append new constants, never rename existing ones. */
public enum AuditAction {
    READ,
    SEARCH,
    CREATE,
    UPDATE,
    DELETE,
    DISCLOSE,
    EXPORT,
    IMPORT,
    LOGIN,
    LOGIN_FAILED,
    LOGOUT,
    DENIED,
    DECONFLICT,
    DECIDE,
    VERIFY
}
