package be.stroomplan.deconfliction;

import java.time.LocalDate;

/**
 * One identifier to check: a type code of {@code subjects.IdentifierType} (NATIONAL_NUMBER,
 * ENTERPRISE_NUMBER, ADDRESS, PLATE, IBAN, PHONE, CONTAINER, IMO, …), or {@code NAME} with a
 * {@code birthDate} (a person's name plus birth date). Values arrive as text so that a bad one is
 * a field error.
 */
public record CheckItem(String type, String value, LocalDate birthDate) {

    public static CheckItem of(String type, String value) {
        return new CheckItem(type, value, null);
    }
}
