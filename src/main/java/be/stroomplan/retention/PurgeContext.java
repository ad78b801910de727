package be.stroomplan.retention;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * What a purge needs: the day it runs for (content whose retention date is before it goes) and
 * the compartments under a legal hold (nothing in them goes).
 */
public record PurgeContext(LocalDate today, Set<UUID> heldCompartments) {

    public PurgeContext {
        heldCompartments = Set.copyOf(heldCompartments);
    }

    public boolean held(UUID compartment) {
        return heldCompartments.contains(compartment);
    }
}
