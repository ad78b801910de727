package be.stroomplan.subjects;

import java.time.LocalDate;
import java.util.UUID;

/** A subject in a list: a search result (with its rank score) or a compartment's page. */
public record SubjectSummary(UUID id, String ref, SubjectType type, String name, LocalDate birthDate, SubjectCategory category,
                             UUID compartment, double score) {
}
