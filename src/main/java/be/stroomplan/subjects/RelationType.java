package be.stroomplan.subjects;

/** The types of link between two subjects, read from the source to the target. */
public enum RelationType {
    FAMILY,
    ASSOCIATE,
    DIRECTOR_OF,
    SHAREHOLDER_OF,
    LIVES_AT,
    REGISTERED_AT,
    OWNS_VEHICLE,
    USES_PHONE,
    HOLDS_ACCOUNT,
    EMPLOYS,
    SHIPS_VIA_CONTAINER,
    OWNS,
    OPERATES_VESSEL,
    USES_EMAIL,
    UNKNOWN_LINK
}
