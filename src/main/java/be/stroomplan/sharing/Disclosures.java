package be.stroomplan.sharing;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import be.stroomplan.audit.AuditAction;
import be.stroomplan.audit.AuditOutcome;
import be.stroomplan.audit.AuditRecord;
import be.stroomplan.audit.AuditTrail;
import be.stroomplan.partners.PartnerDirectory;
import be.stroomplan.partners.UserProfile;
import be.stroomplan.protocols.CoveringProtocol;
import be.stroomplan.protocols.DenyReason;
import be.stroomplan.protocols.PolicyAction;
import be.stroomplan.protocols.PolicyDecision;
import be.stroomplan.protocols.PolicyDecisionPoint;
import be.stroomplan.protocols.PolicyRequest;
import be.stroomplan.protocols.PolicyRules;
import be.stroomplan.sharing.internal.CompartmentStore;
import be.stroomplan.sharing.internal.DisclosureStore;
import be.stroomplan.sharing.internal.ItemStore;
import be.stroomplan.sharing.internal.PolicyAttributes;
import be.stroomplan.sharing.internal.PolicyAttributes.Gathered;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Disclosures: an item of one organisation made available to another, for a compartment and a
 * purpose, when the policy decision point permits it; the disclosure records the covering
 * protocol version. Revoking ends the recipient's access at once; the row stays, with who,
 * when and why.
 */
@Service
@Transactional
public class Disclosures {

    private final ItemStore items;
    private final CompartmentStore compartments;
    private final DisclosureStore store;
    private final PolicyAttributes attributes;
    private final PolicyDecisionPoint pdp;
    private final PartnerDirectory partners;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    Disclosures(ItemStore items, CompartmentStore compartments, DisclosureStore store, PolicyAttributes attributes,
                PolicyDecisionPoint pdp, PartnerDirectory partners, AuditTrail audit, ApplicationEventPublisher events) {
        this.items = items;
        this.compartments = compartments;
        this.store = store;
        this.attributes = attributes;
        this.pdp = pdp;
        this.partners = partners;
        this.audit = audit;
        this.events = events;
    }

    /**
     * Discloses the item to {@code recipient} for {@code compartment} and the purpose code. Refused
     * with the reasons ({@link SharingRefused}); a live disclosure of the same item to the same
     * recipient for the same compartment is a conflict ({@link SharingConflict}).
     */
    public Disclosure disclose(UserProfile user, UUID itemId, String recipient, UUID compartment, String purpose) {
        InformationItem item = items.find(itemId).orElseThrow(() -> new SharingNotFound("item"));
        if (recipient == null || partners.organisation(recipient).isEmpty()) {
            throw new InvalidSharingInput("recipient", "is not a known organisation");
        }
        Compartment home = compartments.find(item.compartment()).orElseThrow();
        Gathered gathered = attributes.gather(user, item, home, null, null, recipient, compartment);
        PolicyDecision decision = pdp.decide(new PolicyRequest(gathered.user(), PolicyAction.DISCLOSE, gathered.resource(), purpose));
        if (!PolicyRules.mayKnow(gathered.user(), gathered.resource())) {
            throw new SharingNotFound("item");
        }
        if (!decision.permitted()) {
            throw new SharingRefused(decision);
        }
        if (store.liveExists(itemId, recipient, compartment)) {
            throw new SharingConflict("sharing.error.duplicateDisclosure",
                    "This item is already disclosed to this organisation for this compartment.");
        }
        CoveringProtocol protocol = decision.protocol();
        Instant now = clock.instant();
        Disclosure disclosure = new Disclosure(UUID.randomUUID(), itemId, user.organisation().code(), recipient, compartment,
                decision.purpose(), protocol.protocolId(), protocol.version(), protocol.versionId(), protocol.reference(),
                user.username(), now, null, null, null);
        store.insert(disclosure, item.content().category());
        events.publishEvent(new ItemDisclosed(disclosure.id(), itemId, disclosure.provider(), recipient, compartment,
                disclosure.purpose(), protocol.protocolId(), protocol.version(), now));
        return disclosure;
    }

    /**
     * Revokes a live disclosure, by a user of the organisation that made it or of the item's owner,
     * with a reason. Audited; published as {@link DisclosureRevoked}.
     */
    @Transactional(noRollbackFor = SharingRefused.class)
    public Disclosure revoke(UserProfile user, UUID itemId, UUID disclosureId, String reason) {
        InformationItem item = items.find(itemId).orElseThrow(() -> new SharingNotFound("item"));
        Gathered gathered = attributes.gather(user, item, compartments.find(item.compartment()).orElseThrow(), null, null,
                null, null);
        boolean mayKnowItem = PolicyRules.mayKnow(gathered.user(), gathered.resource());
        // a missing disclosure of an item the user may not know is a missing item: otherwise ‘no such
        // disclosure’ would tell that the item exists (found by the IDOR probes)
        Disclosure disclosure = store.find(disclosureId).filter(d -> d.item().equals(itemId))
                .orElseThrow(() -> new SharingNotFound(mayKnowItem ? "disclosure" : "item"));
        String organisation = user.organisation().code();
        boolean knows = mayKnowItem || organisation.equals(disclosure.provider());
        if (!knows) {
            throw new SharingNotFound("item");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidSharingInput("reason", "is required");
        }
        java.util.function.Function<AuditAction, AuditRecord.Builder> record = action -> AuditRecord.of(action)
                .object("DISCLOSURE", disclosureId)
                .compartment(disclosure.compartment()).purpose(disclosure.purpose())
                .legalBasis((disclosure.protocolReference() == null ? disclosure.protocolId() : disclosure.protocolReference())
                        + " v" + disclosure.protocolVersion())
                .recipients(disclosure.recipient());
        boolean mayRevoke = gathered.user().hasContentRole()
                && (organisation.equals(disclosure.provider()) || organisation.equals(item.ownerOrganisation()));
        if (!mayRevoke) {
            audit.record(record.apply(AuditAction.DENIED).outcome(AuditOutcome.DENIED)
                    .details("revocation of a disclosure of item " + itemId + " denied: NOT_ALLOWED_TO_DISCLOSE").build());
            throw new SharingRefused(DenyReason.NOT_ALLOWED_TO_DISCLOSE);
        }
        Instant now = clock.instant();
        if (store.revoke(disclosureId, user.username(), now, reason.trim()) == 0) {
            throw new SharingConflict("sharing.error.alreadyRevoked", "This disclosure was revoked already.");
        }
        audit.record(record.apply(AuditAction.UPDATE).details("disclosure of item " + itemId + " revoked: " + reason.trim()).build());
        events.publishEvent(new DisclosureRevoked(disclosureId, itemId, disclosure.recipient(), disclosure.compartment(),
                user.username(), now));
        return store.find(disclosureId).orElseThrow();
    }
}
