package be.stroomplan.subjects.synthetic;

import java.time.LocalDate;

import be.stroomplan.subjects.PostalAddress;

/**
 * A generated person record. Records with the same {@code entity} describe the same real-world
 * person (the ground truth); {@code copy} 0 is the original, higher copies are duplicates with
 * errors. Absent fields are null. Identifiers are always valid, though a duplicate may write them
 * differently (with separators, another phone format).
 *
 * @param sex ‘M’ or ‘F’, matching the parity of the national number's counter in the original
 * @param nationality ISO 3166 alpha-2 code
 */
public record SyntheticPerson(long entity, int copy, Origin origin, String givenName, String familyName, LocalDate birthDate,
        String sex, String birthPlace, String nationality, String nationalNumber, PostalAddress address, String phone,
        String email, String iban, String plate) {

    /** A reference unique within a generated population: ‘P42-0’. */
    public String ref() {
        return "P" + entity + "-" + copy;
    }

    public boolean duplicate() {
        return copy > 0;
    }
}
