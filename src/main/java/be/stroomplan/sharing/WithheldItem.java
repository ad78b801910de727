package be.stroomplan.sharing;

import java.time.Instant;
import java.util.UUID;

import be.stroomplan.protocols.DataCategory;

/** An item of a compartment the user may not read: metadata only, so that the user can ask why. */
public record WithheldItem(UUID id, String ownerOrganisation, DataCategory category, Instant createdAt) {
}
