package be.stroomplan.sharing;

import java.time.Instant;
import java.util.UUID;

import be.stroomplan.protocols.CompartmentKind;

/** A compartment: where content lives. */
public record Compartment(UUID id, CompartmentKind kind, String title, String ownerOrganisation, String reference,
                          String createdBy, Instant createdAt, Instant closedAt) {
}
