package be.stroomplan.dossiers;

import java.time.Instant;
import java.util.UUID;

/** A dossier moved from one status to another; {@code joinedInto} is set for JOINED. */
public record DossierStatusChanged(UUID dossier, DossierStatus from, DossierStatus to, UUID joinedInto, Instant at) {
}
