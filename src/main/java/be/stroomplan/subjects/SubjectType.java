package be.stroomplan.subjects;

/** The kinds of subject (DESIGN.md §5); the names are part of the public API contract. */
public enum SubjectType {
    PERSON,
    COMPANY,
    ADDRESS,
    VEHICLE,
    VESSEL,
    CONTAINER,
    PHONE,
    BANK_ACCOUNT,
    EMAIL
}
