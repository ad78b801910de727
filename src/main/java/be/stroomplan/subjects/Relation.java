package be.stroomplan.subjects;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A typed link from one subject to another, valid from and to (either may be open), with the
 * information item it comes from and its Europol 4x4 grading (source A, B, C or X and information
 * 1 to 4, as in B2), both optional.
 */
public record Relation(UUID id, UUID source, UUID target, RelationType type, LocalDate from, LocalDate to, UUID sourceItem,
                       String grading, UUID compartment, String ownerOrganisation, String createdBy, Instant createdAt) {
}
