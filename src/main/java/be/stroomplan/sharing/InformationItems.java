package be.stroomplan.sharing;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import be.stroomplan.audit.AuditAction;
import be.stroomplan.audit.AuditRecord;
import be.stroomplan.audit.AuditTrail;
import be.stroomplan.partners.Classification;
import be.stroomplan.partners.UserProfile;
import be.stroomplan.protocols.CompartmentRole;
import be.stroomplan.protocols.DenyReason;
import be.stroomplan.protocols.PolicyAction;
import be.stroomplan.protocols.PolicyCompartment;
import be.stroomplan.protocols.PolicyDecision;
import be.stroomplan.protocols.PolicyDecisionPoint;
import be.stroomplan.protocols.PolicyItem;
import be.stroomplan.protocols.PolicyRequest;
import be.stroomplan.protocols.PolicyResource;
import be.stroomplan.protocols.PolicyRules;
import be.stroomplan.protocols.PolicyUser;
import be.stroomplan.protocols.VisibilityPredicate;
import be.stroomplan.sharing.internal.AttachmentStore;
import be.stroomplan.sharing.internal.CompartmentStore;
import be.stroomplan.sharing.internal.ContentSniffer;
import be.stroomplan.sharing.internal.DisclosureStore;
import be.stroomplan.sharing.internal.ItemStore;
import be.stroomplan.sharing.internal.PolicyAttributes;
import be.stroomplan.sharing.internal.PolicyAttributes.Gathered;
import be.stroomplan.sharing.internal.RetentionDates;
import be.stroomplan.sharing.internal.SharingSettings;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Information items: add, edit (a new version; the previous one is kept), read, list, attach
 * files. Every read and write goes through the policy decision point, which audits it; an item the
 * user may not know exists answers as if it did not exist ({@link SharingNotFound}), one the user
 * knows but may not read is refused with the reasons ({@link SharingRefused}).
 * <p>
 * A read runs on one snapshot of the database (repeatable read), so that a disclosure revoked
 * meanwhile either still grants the whole read or refuses it: never half an item.
 */
@Service
@Transactional
public class InformationItems {

    private final ItemStore items;
    private final CompartmentStore compartments;
    private final DisclosureStore disclosures;
    private final AttachmentStore attachments;
    private final PolicyAttributes attributes;
    private final PolicyDecisionPoint pdp;
    private final ItemListing listing;
    private final RetentionDates retention;
    private final SharingSettings settings;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Clock clock = Clock.systemUTC();

    InformationItems(ItemStore items, CompartmentStore compartments, DisclosureStore disclosures, AttachmentStore attachments,
                     PolicyAttributes attributes, PolicyDecisionPoint pdp, ItemListing listing, RetentionDates retention,
                     SharingSettings settings, AuditTrail audit, ApplicationEventPublisher events) {
        this.items = items;
        this.compartments = compartments;
        this.disclosures = disclosures;
        this.attachments = attachments;
        this.attributes = attributes;
        this.pdp = pdp;
        this.listing = listing;
        this.retention = retention;
        this.settings = settings;
        this.audit = audit;
        this.events = events;
    }

    /** Adds an item of the user's organisation to a compartment the user is MANAGER or MEMBER of. */
    public InformationItem add(UserProfile user, UUID compartmentId, ItemContent content, String purpose) {
        Compartment home = compartments.find(compartmentId).orElseThrow(() -> new SharingNotFound("compartment"));
        Map<UUID, CompartmentRole> roles = compartments.roles(user, List.of(compartmentId));
        if (!roles.containsKey(compartmentId)) {
            throw new SharingNotFound("compartment");
        }
        UUID id = UUID.randomUUID();
        String owner = user.organisation().code();
        PolicyItem policyItem = new PolicyItem(id.toString(), owner, content.category(), content.classification(),
                content.handlingCode(), new PolicyCompartment(compartmentId.toString(), home.kind(), roles.get(compartmentId),
                compartments.embargoed(compartmentId), compartments.unacknowledged(user.username(), List.of(compartmentId)).isEmpty()));
        PolicyDecision decision = pdp.decide(new PolicyRequest(attributes.user(user, roles), PolicyAction.WRITE,
                PolicyResource.of(policyItem, List.of()), purpose, "version 1 added"));
        if (!decision.permitted()) {
            throw new SharingRefused(decision);
        }
        Instant now = clock.instant();
        LocalDate today = pdp.today();
        InformationItem item = new InformationItem(id, compartmentId, owner, content,
                retention.until(owner, content.category(), home.kind(), today, today), 1, user.username(), now, user.username(), now);
        items.insert(item);
        events.publishEvent(new ItemAdded(id, compartmentId, owner, content.category(), content.subjects(), now));
        return item;
    }

    /**
     * Adds an item made from another one (a summary of released information, a copy into a case):
     * the user must be allowed to read the source, for the same purpose (that read is decided and
     * audited), and the new item records where it came from, so that it is purged with its source.
     * Nothing is derived out of a compartment under embargo unless the source is a summary the
     * magistrate approved (the refusal is audited and kept: nothing was written before it).
     */
    @Transactional(noRollbackFor = SharingRefused.class)
    public InformationItem derive(UserProfile user, UUID sourceId, UUID compartmentId, ItemContent content, String purpose) {
        ItemRead source = read(user, sourceId, purpose);
        Compartment home = compartments.find(source.item().compartment()).orElseThrow();
        Gathered gathered = attributes.gather(user, source.item(), home, null, purpose, null, null);
        if (PolicyRules.leavesEmbargo(gathered.resource().item(), compartmentId.toString())) {
            audit.record(AuditRecord.of(AuditAction.DENIED).object("ITEM", sourceId).compartment(home.id())
                    .purpose(purpose == null || purpose.isBlank() ? home.id().toString() : purpose.trim())
                    .legalBasis(home.kind().legalBasis(home.id().toString()))
                    .outcome(be.stroomplan.audit.AuditOutcome.DENIED).details("derivative denied: " + DenyReason.EMBARGO).build());
            throw new SharingRefused(DenyReason.EMBARGO);
        }
        InformationItem item = add(user, compartmentId, content, purpose);
        items.markDerived(item.id(), sourceId);
        return item;
    }

    /**
     * Edits an item: the current version is kept as history and the content becomes the next
     * version. Checked against the higher of the old and the new classification. When
     * {@code expectedVersion} is given and is not the current version, the edit is refused (409).
     */
    public InformationItem edit(UserProfile user, UUID itemId, ItemContent content, Integer expectedVersion, String purpose) {
        InformationItem current = items.lock(itemId).orElseThrow(() -> new SharingNotFound("item"));
        Compartment home = compartments.find(current.compartment()).orElseThrow();
        Classification higher = current.content().classification().atLeast(content.classification())
                ? current.content().classification() : content.classification();
        Gathered gathered = attributes.gather(user, current, home, higher, purpose, null, null);
        PolicyRequest request = new PolicyRequest(gathered.user(), PolicyAction.WRITE, gathered.resource(), purpose,
                "version " + (current.version() + 1));
        PolicyDecision decision = pdp.decide(request);
        if (!PolicyRules.mayKnow(gathered.user(), gathered.resource())) {
            throw new SharingNotFound("item");
        }
        if (!decision.permitted()) {
            throw new SharingRefused(decision);
        }
        if (expectedVersion != null && expectedVersion != current.version()) {
            throw new SharingConflict("sharing.error.staleVersion",
                    "The item changed meanwhile: version " + current.version() + " is current, not " + expectedVersion + ".");
        }
        Instant now = clock.instant();
        LocalDate created = LocalDate.ofInstant(current.createdAt(), PolicyDecisionPoint.ZONE);
        LocalDate until = content.category() == current.content().category() ? current.retentionUntil()
                : retention.until(current.ownerOrganisation(), content.category(), home.kind(), created, pdp.today());
        items.update(current, content, until, user.username(), now);
        if (content.category() != current.content().category()) {
            disclosures.recategorise(itemId, content.category());
        }
        return items.find(itemId).orElseThrow();
    }

    /** Reads an item for a purpose (null: derived), with what the reader's organisation may see of its disclosures. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public ItemRead read(UserProfile user, UUID itemId, String purpose) {
        Checked checked = checkedRead(user, itemId, purpose, null);
        String organisation = user.organisation().code();
        boolean owner = checked.item().ownerOrganisation().equals(organisation);
        List<Disclosure> visible = checked.gathered().disclosures().stream()
                .filter(d -> owner || d.provider().equals(organisation) || d.recipient().equals(organisation)).toList();
        return new ItemRead(checked.item(), attachments.of(itemId), visible, checked.decision());
    }

    /** Every version of an item, newest first; a version above the reader's clearance shows without content. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<ItemVersion> versions(UserProfile user, UUID itemId, String purpose) {
        Checked checked = checkedRead(user, itemId, purpose, "versions");
        InformationItem item = checked.item();
        LocalDate today = pdp.today();
        List<ItemVersion> versions = new ArrayList<>();
        versions.add(new ItemVersion(item.version(), item.updatedBy(), item.updatedAt(), true, false, item.content()));
        for (ItemStore.Snapshot s : items.history(itemId)) {
            boolean allowed = user.clearance().allows(s.content().classification(), today);
            versions.add(new ItemVersion(s.version(), s.editedBy(), s.editedAt(), false, !allowed, allowed ? s.content() : null));
        }
        return versions;
    }

    /** Attaches a file; its type is sniffed from its bytes and must agree with its name. */
    public Attachment attach(UserProfile user, UUID itemId, String filename, byte[] content, String purpose) {
        InformationItem item = items.find(itemId).orElseThrow(() -> new SharingNotFound("item"));
        Compartment home = compartments.find(item.compartment()).orElseThrow();
        Gathered gathered = attributes.gather(user, item, home, null, purpose, null, null);
        String name = be.stroomplan.sharing.internal.AttachmentNames.safe(filename);
        PolicyDecision decision = pdp.decide(new PolicyRequest(gathered.user(), PolicyAction.WRITE, gathered.resource(), purpose,
                "attachment " + name));
        if (!PolicyRules.mayKnow(gathered.user(), gathered.resource())) {
            throw new SharingNotFound("item");
        }
        if (!decision.permitted()) {
            throw new SharingRefused(decision);
        }
        if (content == null || content.length == 0) {
            throw new InvalidSharingInput("file", "is empty");
        }
        if (content.length > settings.maxAttachmentSize().toBytes()) {
            throw new RefusedAttachment(true, "The file is larger than " + settings.maxAttachmentSize().toMegabytes() + " MB.");
        }
        if (name.isEmpty() || name.length() > 255) {
            throw new InvalidSharingInput("file", "needs a file name of at most 255 characters");
        }
        String type = ContentSniffer.contentType(name, content);
        Attachment attachment = new Attachment(UUID.randomUUID(), itemId, name, type, content.length, sha256(content),
                user.username(), clock.instant());
        attachments.insert(attachment, content);
        return attachment;
    }

    /** One attachment with its bytes, after a permitted read of its item. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public AttachmentContent attachment(UserProfile user, UUID itemId, UUID attachmentId, String purpose) {
        InformationItem item = items.find(itemId).orElseThrow(() -> new SharingNotFound("item"));
        Gathered gathered = attributes.gather(user, item, compartments.find(item.compartment()).orElseThrow(), null, purpose,
                null, null);
        if (!PolicyRules.mayKnow(gathered.user(), gathered.resource())) {
            pdp.decide(new PolicyRequest(gathered.user(), PolicyAction.READ, gathered.resource(), purpose));
            throw new SharingNotFound("item");
        }
        AttachmentContent content = attachments.find(itemId, attachmentId).orElseThrow(() -> new SharingNotFound("attachment"));
        PolicyDecision decision = pdp.decide(new PolicyRequest(gathered.user(), PolicyAction.READ, gathered.resource(), purpose,
                "attachment " + attachmentId));
        if (!decision.permitted()) {
            throw new SharingRefused(decision);
        }
        return content;
    }

    /**
     * Marks an item as a summary that may leave its compartment while that is under embargo. The
     * caller checks that the user is the magistrate who may approve it; here the user must be able
     * to read the item (decided and audited), and the approval is audited.
     */
    public void approveSummary(UserProfile user, UUID itemId, String purpose) {
        ItemRead read = read(user, itemId, purpose);
        items.approveSummary(itemId, user.username(), clock.instant());
        audit.record(AuditRecord.of(AuditAction.UPDATE).object("ITEM", itemId).compartment(read.item().compartment())
                .purpose(read.item().compartment().toString()).details("summary approved to leave the embargo").build());
    }

    /** Whether the item is a summary approved to leave an embargoed compartment. */
    @Transactional(readOnly = true)
    public boolean approvedSummary(UUID itemId) {
        return items.approvedSummary(itemId);
    }

    /**
     * The items that concern any of the subjects, as metadata only (no title, no text), with how
     * many disclosures each had: for the DPO's data-subject report, which audits its own use.
     */
    @Transactional(readOnly = true)
    public List<ItemMention> about(Collection<UUID> subjectIds) {
        if (subjectIds.isEmpty()) {
            return List.of();
        }
        return items.mentions(subjectIds);
    }

    /**
     * One page of what the user may read in a compartment: the partial evaluation of the policy and
     * one query ({@link ItemListing}). One audit record per page. Not a member: not found.
     */
    @Transactional(readOnly = true)
    public ItemPage page(UserProfile user, UUID compartmentId, String purpose, int page, int size, ItemSort sort,
                         boolean ascending) {
        VisibilityPredicate visibility = visibility(user, compartmentId, purpose);
        ItemPage result = listing.page(visibility, page, size, sort, ascending);
        recordListing(compartmentId, purpose, "page " + page + ": " + result.items().size() + " items of " + result.totalItems());
        return result;
    }

    /** The items of a compartment the user may not read, metadata only, so that the user can ask why. */
    @Transactional(readOnly = true)
    public WithheldPage withheld(UserProfile user, UUID compartmentId, String purpose, int page, int size) {
        VisibilityPredicate visibility = visibility(user, compartmentId, purpose);
        WithheldPage result = listing.withheld(visibility, page, size);
        recordListing(compartmentId, purpose, "withheld page " + page + ": " + result.items().size() + " items of "
                + result.totalItems());
        return result;
    }

    /**
     * The "why" of an action on an item, without its content: the decision (audited). For DISCLOSE,
     * {@code recipient}, {@code compartment} and the purpose code are required.
     */
    @Transactional(readOnly = true)
    public PolicyDecision explain(UserProfile user, UUID itemId, PolicyAction action, String recipient, UUID compartment,
                                  String purpose) {
        InformationItem item = items.find(itemId).orElseThrow(() -> new SharingNotFound("item"));
        Gathered gathered = attributes.gather(user, item, compartments.find(item.compartment()).orElseThrow(), null, purpose,
                recipient, compartment);
        PolicyDecision decision = pdp.decide(new PolicyRequest(gathered.user(), action, gathered.resource(), purpose,
                "why asked"));
        if (!PolicyRules.mayKnow(gathered.user(), gathered.resource())) {
            throw new SharingNotFound("item");
        }
        return decision;
    }

    private VisibilityPredicate visibility(UserProfile user, UUID compartmentId, String purpose) {
        Compartment compartment = compartments.find(compartmentId).orElseThrow(() -> new SharingNotFound("compartment"));
        Map<UUID, CompartmentRole> roles = compartments.roles(user, List.of(compartmentId));
        if (!roles.containsKey(compartmentId)) {
            throw new SharingNotFound("compartment");
        }
        PolicyUser policyUser = attributes.user(user, roles);
        if (!policyUser.hasContentRole()) {
            throw refusedListing(compartment, purpose, DenyReason.ROLE_NOT_ALLOWED);
        }
        if (purpose != null && !purpose.isBlank() && !policyUser.compartments().contains(purpose.trim())
                && !PolicyRules.justification(purpose.trim())) {
            throw refusedListing(compartment, purpose, DenyReason.PURPOSE_REQUIRED);
        }
        if (!compartments.unacknowledged(user.username(), List.of(compartmentId)).isEmpty()) {
            throw refusedListing(compartment, purpose, DenyReason.CONFIDENTIALITY_NOT_ACKNOWLEDGED);
        }
        return pdp.visibility(policyUser, new PolicyCompartment(compartmentId.toString(), compartment.kind(),
                roles.get(compartmentId)), disclosures.flows(compartmentId, user.organisation().code()));
    }

    /** A refused listing, on record (in a transaction of its own: the listing's is read-only). */
    private SharingRefused refusedListing(Compartment compartment, String purpose, DenyReason reason) {
        audit.record(AuditRecord.of(AuditAction.DENIED).object("COMPARTMENT", compartment.id()).compartment(compartment.id())
                .purpose(purpose == null || purpose.isBlank() ? compartment.id().toString() : purpose.trim())
                .legalBasis(compartment.kind().legalBasis(compartment.id().toString()))
                .outcome(be.stroomplan.audit.AuditOutcome.DENIED).details("listing denied: " + reason).build());
        return new SharingRefused(reason);
    }

    private void recordListing(UUID compartmentId, String purpose, String details) {
        Compartment compartment = compartments.find(compartmentId).orElseThrow();
        String recorded = purpose == null || purpose.isBlank() || purpose.trim().equals(compartmentId.toString())
                ? compartmentId.toString() : "Justification: " + purpose.trim();
        audit.record(AuditRecord.of(AuditAction.READ).object("COMPARTMENT", compartmentId).compartment(compartmentId)
                .purpose(recorded).legalBasis(compartment.kind().legalBasis(compartmentId.toString())).details(details).build());
    }

    private record Checked(InformationItem item, Gathered gathered, PolicyDecision decision) {
    }

    private Checked checkedRead(UserProfile user, UUID itemId, String purpose, String note) {
        InformationItem item = items.find(itemId).orElseThrow(() -> new SharingNotFound("item"));
        Compartment home = compartments.find(item.compartment()).orElseThrow();
        Gathered gathered = attributes.gather(user, item, home, null, purpose, null, null);
        PolicyDecision decision = pdp.decide(new PolicyRequest(gathered.user(), PolicyAction.READ, gathered.resource(), purpose,
                note));
        if (!PolicyRules.mayKnow(gathered.user(), gathered.resource())) {
            throw new SharingNotFound("item");
        }
        if (!decision.permitted()) {
            throw new SharingRefused(decision);
        }
        return new Checked(item, gathered, decision);
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
