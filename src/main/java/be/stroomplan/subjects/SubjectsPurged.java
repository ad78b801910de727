package be.stroomplan.subjects;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * Subject records were purged at the end of their retention, with their identifiers, addresses,
 * relations and resolved-entity links. Modules that keep data derived from them (deconfliction
 * hashes, dossier links) drop it on this event, in the purge's transaction.
 */
public record SubjectsPurged(Set<UUID> subjects, LocalDate day) {

    public SubjectsPurged {
        subjects = Set.copyOf(subjects);
    }
}
