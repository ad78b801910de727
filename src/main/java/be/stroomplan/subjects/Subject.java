package be.stroomplan.subjects;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One subject record in a compartment.
 *
 * @param ref the source's own reference of the record, or null
 * @param ownerOrganisation the organisation that recorded it
 * @param onRecord part of the compartment's own record: every member of a MAHO case or COAC
 *        action reads it (docs/SECURITY.md)
 */
public record Subject(UUID id, UUID compartment, SubjectType type, String name, LocalDate birthDate, String birthPlace,
                      String nationality, String legalForm, List<String> naceCodes, String ref, SubjectCategory category,
                      String ownerOrganisation, boolean onRecord, String createdBy, Instant createdAt, int version,
                      List<SubjectIdentifier> identifiers, List<PostalAddress> addresses) {

    public Subject {
        naceCodes = naceCodes == null ? List.of() : List.copyOf(naceCodes);
        identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
        addresses = addresses == null ? List.of() : List.copyOf(addresses);
    }
}
