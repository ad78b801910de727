package be.stroomplan.audit.internal;

/**
 * What one user did with protected data in a period, counted from the audit trail: all accesses
 * (reads, searches, exports, disclosures, deconflictions and refusals), and of those the searches,
 * the refusals, the exports and the accesses at odd hours (22:00 to 06:00, Europe/Brussels), and
 * how many distinct objects were touched.
 */
public record UserActivity(String user, String organisation, long accesses, long searches, long reads, long denials,
                           long exports, long oddHours, long objects) {
}
