package be.stroomplan.protocols.internal;

import java.time.LocalDate;
import java.util.List;

import be.stroomplan.protocols.ProtocolStatus;

/** A line of the register: a protocol's current version with its status on the day of reading. */
public record ProtocolSummary(String id, String reference, int version, String versionId, ProtocolStatus status,
                              String title, String provider, List<String> recipients, List<String> purposes,
                              List<String> categories, String legalBasis, String legalReference, LocalDate validFrom,
                              LocalDate validTo, boolean pendingAmendment) {
}
