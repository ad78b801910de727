package be.stroomplan.dossiers;

import java.time.Instant;
import java.util.UUID;

import be.stroomplan.subjects.SubjectCategory;

/** A subject was put on a dossier with a role: what deconfliction indexes for open dossiers. */
public record DossierSubjectAdded(UUID dossier, UUID subject, SubjectCategory category, Instant at) {
}
