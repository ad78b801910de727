package be.stroomplan.subjects;

import java.util.Locale;

/**
 * A feature that contributed to a match score. {@link #text()} is the English phrase the API
 * shows; {@link #messageKey()} its translation for the pages.
 */
public enum MatchReason {
    SAME_NATIONAL_NUMBER("same national number"),
    SAME_ENTERPRISE_NUMBER("same enterprise number"),
    SAME_VIN("same VIN"),
    SAME_IMO("same IMO number"),
    SAME_IBAN("same IBAN"),
    SAME_PHONE("same phone"),
    SAME_EMAIL("same e-mail address"),
    SAME_PLATE("same plate"),
    SAME_CONTAINER("same container"),
    DIFFERENT_NATIONAL_NUMBER("different national number"),
    DIFFERENT_ENTERPRISE_NUMBER("different enterprise number"),
    DIFFERENT_IBAN("different bank account"),
    SAME_NAME("same name"),
    NAME_VARIANT("name variant"),
    SIMILAR_NAME("similar name"),
    SAME_BIRTH_DATE("same birth date"),
    BIRTH_DAY_MONTH_SWAPPED("birth day and month swapped"),
    BIRTH_DATE_CLOSE("birth date one day apart"),
    BIRTH_YEAR_OFF_BY_ONE("birth year off by one"),
    DIFFERENT_BIRTH_DATE("different birth date"),
    SAME_ADDRESS("same address"),
    CONFIRMED_SAME("confirmed same by a person");

    private final String text;

    MatchReason(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    public String messageKey() {
        return "subjects.reason." + name().toLowerCase(Locale.ROOT);
    }
}
