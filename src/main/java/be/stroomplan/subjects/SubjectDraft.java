package be.stroomplan.subjects;

import java.util.List;

/**
 * A new subject record as the API and the form give it, unparsed, so that every field can be
 * refused with its own message. Unknown JSON fields are ignored.
 *
 * @param compartment the id of the compartment it goes into
 * @param onRecord whether it belongs to the compartment's own record (MANAGER only; see Subject)
 */
public record SubjectDraft(String compartment, String type, String name, String birthDate, String birthPlace,
                           String nationality, String legalForm, List<String> naceCodes, String ref, String category,
                           Boolean onRecord, List<IdentifierInput> identifiers, List<AddressInput> addresses) {

    /** An identifier as typed. */
    public record IdentifierInput(String type, String value) {
    }

    /** An address in its parts, or as one line. */
    public record AddressInput(String street, String number, String box, String postcode, String municipality, String line) {
    }
}
