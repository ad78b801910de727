package be.stroomplan.sharing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import be.stroomplan.protocols.DataCategory;

/** An item was added to a compartment; published in the transaction of the change. */
public record ItemAdded(UUID item, UUID compartment, String ownerOrganisation, DataCategory category,
                        List<String> subjects, Instant at) {
}
