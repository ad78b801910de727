package be.stroomplan.sharing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import be.stroomplan.partners.Classification;
import be.stroomplan.protocols.DataCategory;

/** That an item concerns a subject, without its content: for oversight (the DPO's data-subject report). */
public record ItemMention(UUID item, UUID compartment, String ownerOrganisation, DataCategory category,
                          Classification classification, Instant createdAt, LocalDate retentionUntil, long disclosures) {
}
