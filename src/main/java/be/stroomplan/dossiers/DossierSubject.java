package be.stroomplan.dossiers;

import java.time.Instant;
import java.util.UUID;

import be.stroomplan.subjects.SubjectCategory;

/** A subject on a dossier with its role there; {@code name} is null when the reader may not read the subject. */
public record DossierSubject(UUID id, UUID dossier, UUID subject, SubjectCategory category, String name, String type,
                             String addedBy, Instant addedAt) {
}
