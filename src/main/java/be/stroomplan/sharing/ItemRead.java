package be.stroomplan.sharing;

import java.util.List;

import be.stroomplan.protocols.PolicyDecision;

/**
 * A permitted read: the item, its attachments, the disclosures of it the reader's organisation may
 * see (all of them for the owner; those it made or received otherwise), and the decision.
 */
public record ItemRead(InformationItem item, List<Attachment> attachments, List<Disclosure> disclosures,
                       PolicyDecision decision) {

    public ItemRead {
        attachments = List.copyOf(attachments);
        disclosures = List.copyOf(disclosures);
    }
}
