package be.stroomplan.subjects;

/**
 * The kinds of identifier a subject can carry (DESIGN.md §5). The names are part of the public API
 * contract.
 */
public enum IdentifierType {

    /** Belgian national register number (rijksregisternummer), or a bis number. */
    NATIONAL_NUMBER,
    /** Belgian enterprise number (KBO/BCE). */
    ENTERPRISE_NUMBER,
    /** International bank account number, any country. */
    IBAN,
    /** Belgian licence plate. */
    PLATE,
    /** Vehicle identification number (ISO 3779). */
    VIN,
    /** Freight container number (ISO 6346). */
    CONTAINER,
    /** IMO ship identification number. */
    IMO,
    /** Telephone number, kept in E.164. */
    PHONE,
    /** E-mail address. */
    EMAIL,
    /** Belgian postal address. */
    ADDRESS;

    /** Validates and normalises a value of this type; see {@link Identifiers#check}. */
    public IdentifierCheck check(String input) {
        return Identifiers.check(this, input);
    }
}
