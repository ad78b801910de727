package be.stroomplan.dossiers;

import java.time.Instant;
import java.util.UUID;

/** A dossier was opened (its id is its compartment’s). */
public record DossierOpened(UUID dossier, String noticeNumber, String ownerOrganisation, Instant at) {
}
