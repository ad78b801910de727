package be.stroomplan.partners;

/** What kind of authority a partner organisation is. */
public enum OrganisationKind {
    PROSECUTOR,
    LABOUR_AUDITORATE,
    FEDERAL_POLICE,
    LOCAL_POLICE,
    CITY,
    SOCIAL_INSPECTION,
    TAX,
    CUSTOMS,
    OTHER
}
