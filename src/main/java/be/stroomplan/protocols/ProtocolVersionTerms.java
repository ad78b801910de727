package be.stroomplan.protocols;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The terms of the protocol version that stands for its protocol (the newest version that left
 * draft, or the draft of a protocol never activated): what a data flow is checked against. The
 * register reads them from the database; a test can build them in memory.
 */
public record ProtocolVersionTerms(String protocolId, String versionId, int version, String reference, ProtocolStatus status,
                                   String title, String legalBasis, String provider, LocalDate validFrom, LocalDate validTo,
                                   List<String> recipients, List<String> categories, List<String> purposes) {

    public ProtocolVersionTerms {
        Objects.requireNonNull(protocolId, "protocolId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validTo, "validTo");
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        categories = categories == null ? List.of() : List.copyOf(categories);
        purposes = purposes == null ? List.of() : List.copyOf(purposes);
    }

    /** Every reason why this version does not cover the flow; empty when it covers it. Pure. */
    public List<MissReason> misses(DataFlow flow) {
        Set<MissReason> reasons = new LinkedHashSet<>();
        switch (status) {
            case DRAFT -> reasons.add(MissReason.NOT_ACTIVE);
            case SUSPENDED -> reasons.add(MissReason.SUSPENDED);
            case TERMINATED -> reasons.add(MissReason.TERMINATED);
            case EXPIRED -> reasons.add(MissReason.EXPIRED);
            // a superseded version never stands for its protocol; should one be passed, it does not cover
            case SUPERSEDED -> reasons.add(MissReason.NOT_ACTIVE);
            default -> {
            }
        }
        if (validTo.isBefore(flow.date())) {
            reasons.add(MissReason.EXPIRED);
        }
        if (validFrom.isAfter(flow.date())) {
            reasons.add(MissReason.NOT_YET_VALID);
        }
        if (!recipients.contains(flow.recipient())) {
            reasons.add(MissReason.RECIPIENT_NOT_COVERED);
        }
        if (!categories.contains(flow.category().name())) {
            reasons.add(MissReason.CATEGORY_NOT_COVERED);
        }
        if (!purposes.contains(flow.purpose())) {
            reasons.add(MissReason.PURPOSE_NOT_COVERED);
        }
        return List.copyOf(reasons);
    }
}
