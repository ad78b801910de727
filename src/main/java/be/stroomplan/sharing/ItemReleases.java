package be.stroomplan.sharing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import be.stroomplan.audit.AuditAction;
import be.stroomplan.audit.AuditOutcome;
import be.stroomplan.audit.AuditRecord;
import be.stroomplan.audit.AuditTrail;
import be.stroomplan.partners.Role;
import be.stroomplan.partners.UserProfile;
import be.stroomplan.protocols.CompartmentKind;
import be.stroomplan.protocols.CoveringProtocol;
import be.stroomplan.protocols.DataCategory;
import be.stroomplan.protocols.DataFlow;
import be.stroomplan.protocols.DenyReason;
import be.stroomplan.protocols.PolicyDecisionPoint;
import be.stroomplan.protocols.PolicyRules;
import be.stroomplan.protocols.ProtocolAssessment;
import be.stroomplan.sharing.internal.CompartmentStore;
import be.stroomplan.sharing.internal.DisclosureStore;
import be.stroomplan.sharing.internal.ItemStore;
import be.stroomplan.sharing.internal.PolicyAttributes;
import be.stroomplan.sharing.internal.RetentionDates;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The KALI magistrate’s release of judicial information into a MAHO case (issue 7 §5): the one way
 * content of a KALI dossier reaches a case other than a disclosure by its owner. The magistrate is
 * not a member of the case; the release itself is the legal act. It checks that the user holds
 * KALI_MAGISTRATE and may read the source item (decided and audited by the policy decision point),
 * adds a NEW item of category JUDICIAL owned by the magistrate’s organisation to the case, records
 * that it was derived from the source (the nightly purge takes it with its source), and discloses
 * it, in the same transaction, to each organisation of the case that an active protocol covers
 * (magistrate’s organisation → that organisation, JUDICIAL, MAHO_CASUSOVERLEG, today). One audit
 * row (DISCLOSE) names the source, the case, the recipients and the organisations left out. The
 * source item stays where it is, disclosed to nobody.
 */
@Service
@Transactional
public class ItemReleases {

    /** The purpose a release serves: the MAHO case consultation. */
    public static final String PURPOSE = "MAHO_CASUSOVERLEG";

    private final InformationItems items;
    private final ItemStore store;
    private final CompartmentStore compartments;
    private final DisclosureStore disclosures;
    private final PolicyAttributes attributes;
    private final PolicyDecisionPoint pdp;
    private final RetentionDates retention;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    ItemReleases(InformationItems items, ItemStore store, CompartmentStore compartments, DisclosureStore disclosures,
                 PolicyAttributes attributes, PolicyDecisionPoint pdp, RetentionDates retention, AuditTrail audit,
                 ApplicationEventPublisher events) {
        this.items = items;
        this.store = store;
        this.compartments = compartments;
        this.disclosures = disclosures;
        this.attributes = attributes;
        this.pdp = pdp;
        this.retention = retention;
        this.audit = audit;
        this.events = events;
    }

    /**
     * Releases {@code content} (category JUDICIAL, made by the caller from the source: the selected
     * fields or a written summary) into the case {@code targetCase}. A user without KALI_MAGISTRATE
     * is refused (ROLE_NOT_ALLOWED, on record); a source the magistrate may not know is not found;
     * one under embargo is refused (EMBARGO) unless it is an approved summary.
     */
    @Transactional(noRollbackFor = SharingRefused.class)
    public Release release(UserProfile magistrate, UUID sourceItem, UUID targetCase, ItemContent content) {
        if (!magistrate.hasRole(Role.KALI_MAGISTRATE)) {
            audit.record(AuditRecord.of(AuditAction.DENIED).object("ITEM", sourceItem).compartment(targetCase).purpose(PURPOSE)
                    .legalBasis("release by the KALI magistrate").outcome(AuditOutcome.DENIED)
                    .details("release denied: " + DenyReason.ROLE_NOT_ALLOWED).build());
            throw new SharingRefused(DenyReason.ROLE_NOT_ALLOWED);
        }
        Compartment target = compartments.find(targetCase).filter(c -> c.kind() == CompartmentKind.CASE)
                .orElseThrow(() -> new SharingNotFound("compartment"));
        if (content.category() != DataCategory.JUDICIAL) {
            throw new InvalidSharingInput("category", "must be JUDICIAL");
        }
        ItemRead source = items.read(magistrate, sourceItem, null);
        Compartment home = compartments.find(source.item().compartment()).orElseThrow();
        if (home.kind() != CompartmentKind.DOSSIER) {
            throw new InvalidSharingInput("item", "must be an item of a KALI dossier");
        }
        var gathered = attributes.gather(magistrate, source.item(), home, null, null, null, null);
        if (PolicyRules.leavesEmbargo(gathered.resource().item(), target.id().toString())) {
            audit.record(AuditRecord.of(AuditAction.DENIED).object("ITEM", sourceItem).compartment(home.id()).purpose(PURPOSE)
                    .legalBasis(home.kind().legalBasis(home.id().toString())).outcome(AuditOutcome.DENIED)
                    .details("release denied: " + DenyReason.EMBARGO).build());
            throw new SharingRefused(DenyReason.EMBARGO);
        }
        Instant now = clock.instant();
        LocalDate today = pdp.today();
        String owner = magistrate.organisation().code();
        InformationItem item = new InformationItem(UUID.randomUUID(), target.id(), owner, content,
                retention.until(owner, content.category(), target.kind(), today, today), 1, magistrate.username(), now,
                magistrate.username(), now);
        store.insert(item);
        store.markDerived(item.id(), sourceItem);
        events.publishEvent(new ItemAdded(item.id(), target.id(), owner, content.category(), content.subjects(), now));
        List<Disclosure> made = new ArrayList<>();
        List<String> notCovered = new ArrayList<>();
        for (CompartmentMember member : compartments.members(target.id())) {
            if (member.type() != MemberType.ORGANISATION || member.id().equals(owner)) {
                continue;
            }
            ProtocolAssessment assessment = pdp.assess(new DataFlow(owner, member.id(), content.category(), PURPOSE, today));
            if (!assessment.covered()) {
                notCovered.add(member.id());
                continue;
            }
            CoveringProtocol protocol = assessment.covering().stream()
                    .max(Comparator.comparing(CoveringProtocol::validTo).thenComparing(CoveringProtocol::protocolId)).orElseThrow();
            Disclosure disclosure = new Disclosure(UUID.randomUUID(), item.id(), owner, member.id(), target.id(), PURPOSE,
                    protocol.protocolId(), protocol.version(), protocol.versionId(), protocol.reference(), magistrate.username(),
                    now, null, null, null);
            disclosures.insert(disclosure, content.category());
            events.publishEvent(new ItemDisclosed(disclosure.id(), item.id(), owner, member.id(), target.id(), PURPOSE,
                    protocol.protocolId(), protocol.version(), now));
            made.add(disclosure);
        }
        audit.record(AuditRecord.of(AuditAction.DISCLOSE).object("ITEM", item.id()).compartment(target.id()).purpose(PURPOSE)
                .legalBasis("release by the KALI magistrate from " + home.kind().legalBasis(home.id().toString()))
                .recipients(made.stream().map(Disclosure::recipient).toList())
                .details("release of item " + sourceItem + " of compartment " + home.id() + " into " + target.id()
                        + (notCovered.isEmpty() ? "" : "; no protocol for " + String.join(", ", notCovered))).build());
        return new Release(item, made, notCovered);
    }
}
