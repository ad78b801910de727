package be.stroomplan.dossiers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An arrest of a subject on the dossier: the day and the place. */
public record Arrest(UUID id, UUID dossier, UUID subject, LocalDate arrestedOn, String place, String recordedBy,
                     Instant recordedAt) {
}
