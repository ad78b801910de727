package be.stroomplan.sharing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import be.stroomplan.partners.Classification;
import be.stroomplan.protocols.DataCategory;
import be.stroomplan.protocols.HandlingCode;

/** One row of a compartment's listing: the markings, title and an excerpt of an item the user may read. */
public record ItemSummary(UUID id, UUID compartment, String ownerOrganisation, DataCategory category,
                          Classification classification, Tlp tlp, SourceReliability sourceReliability,
                          InformationAccuracy informationAccuracy, HandlingCode handlingCode, String title, String excerpt,
                          int version, LocalDate retentionUntil, String createdBy, Instant createdAt, Instant updatedAt,
                          boolean disclosed) {
}
