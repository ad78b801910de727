package be.stroomplan.sharing.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import be.stroomplan.protocols.CompartmentKind;
import be.stroomplan.protocols.CompartmentRole;
import be.stroomplan.protocols.PolicyDecision;
import be.stroomplan.sharing.Attachment;
import be.stroomplan.sharing.Compartment;
import be.stroomplan.sharing.CompartmentMember;
import be.stroomplan.sharing.Disclosure;
import be.stroomplan.sharing.InformationItem;
import be.stroomplan.sharing.ItemContent;
import be.stroomplan.sharing.ItemSummary;
import be.stroomplan.sharing.ItemVersion;

/** The JSON shapes of the sharing API. */
final class SharingViews {

    private SharingViews() {
    }

    record MemberView(String type, String id, CompartmentRole role, String addedBy, Instant addedAt) {
        static MemberView of(CompartmentMember m) {
            return new MemberView(m.type().name(), m.id(), m.role(), m.addedBy(), m.addedAt());
        }
    }

    record CompartmentView(String id, CompartmentKind kind, String title, String ownerOrganisation, String reference,
                           String createdBy, Instant createdAt, Instant closedAt, CompartmentRole role,
                           List<MemberView> members) {
        static CompartmentView of(Compartment c, CompartmentRole role, List<CompartmentMember> members) {
            return new CompartmentView(c.id().toString(), c.kind(), c.title(), c.ownerOrganisation(), c.reference(),
                    c.createdBy(), c.createdAt(), c.closedAt(), role,
                    members == null ? null : members.stream().map(MemberView::of).toList());
        }
    }

    record Page<T>(List<T> items, int page, int size, int totalPages, long totalItems) {
    }

    record ProtocolRef(String id, int version, String versionId, String reference) {
    }

    record DisclosureView(String id, String item, String provider, String recipient, String compartment, String purpose,
                          ProtocolRef protocol, String disclosedBy, Instant disclosedAt, boolean revoked, Instant revokedAt,
                          String revokedBy, String revokeReason) {
        static DisclosureView of(Disclosure d) {
            return new DisclosureView(d.id().toString(), d.item().toString(), d.provider(), d.recipient(),
                    d.compartment().toString(), d.purpose(),
                    new ProtocolRef(d.protocolId(), d.protocolVersion(), d.protocolVersionId(), d.protocolReference()),
                    d.disclosedBy(), d.disclosedAt(), d.revoked(), d.revokedAt(), d.revokedBy(), d.revokeReason());
        }
    }

    record AttachmentView(String id, String filename, String contentType, long size, String sha256, String addedBy,
                          Instant addedAt) {
        static AttachmentView of(Attachment a) {
            return new AttachmentView(a.id().toString(), a.filename(), a.contentType(), a.size(), a.sha256(), a.addedBy(),
                    a.addedAt());
        }
    }

    record AccessView(String path, String purpose, boolean justification, String disclosure, String legalBasis) {
        static AccessView of(PolicyDecision d) {
            return new AccessView(d.access() == null ? null : d.access().name(), d.purpose(), d.justification(), d.disclosure(),
                    d.legalBasis());
        }
    }

    record ContentView(String category, String classification, String marking, String tlp, String sourceReliability,
                       String informationAccuracy, String handlingCode, String handlingNote, String title, String text,
                       Map<String, Object> fields, List<String> subjects) {
        static ContentView of(ItemContent c) {
            return new ContentView(c.category().name(), c.classification().name(), SharingViews.marking(c), c.tlp().label(),
                    c.sourceReliability().name(), c.informationAccuracy().code(), c.handlingCode().name(), c.handlingNote(),
                    c.title(), c.text(), c.fields(), c.subjects());
        }
    }

    record ItemView(String id, String compartment, String ownerOrganisation, String category, String classification,
                    String marking, String tlp, String sourceReliability, String informationAccuracy, String handlingCode,
                    String handlingNote, String title, String text, Map<String, Object> fields, List<String> subjects,
                    LocalDate retentionUntil, int version, String createdBy, Instant createdAt, String updatedBy,
                    Instant updatedAt, List<AttachmentView> attachments, List<DisclosureView> disclosures, AccessView access) {
        static ItemView of(InformationItem i, List<Attachment> attachments, List<Disclosure> disclosures, PolicyDecision decision) {
            ItemContent c = i.content();
            return new ItemView(i.id().toString(), i.compartment().toString(), i.ownerOrganisation(), c.category().name(),
                    c.classification().name(), i.marking(), c.tlp().label(), c.sourceReliability().name(),
                    c.informationAccuracy().code(), c.handlingCode().name(), c.handlingNote(), c.title(), c.text(), c.fields(),
                    c.subjects(), i.retentionUntil(), i.version(), i.createdBy(), i.createdAt(), i.updatedBy(), i.updatedAt(),
                    attachments.stream().map(AttachmentView::of).toList(), disclosures.stream().map(DisclosureView::of).toList(),
                    decision == null ? null : AccessView.of(decision));
        }
    }

    record SummaryView(String id, String compartment, String ownerOrganisation, String category, String classification,
                       String marking, String tlp, String sourceReliability, String informationAccuracy, String handlingCode,
                       String title, String excerpt, int version, LocalDate retentionUntil, String createdBy,
                       Instant createdAt, Instant updatedAt, boolean disclosed) {
        static SummaryView of(ItemSummary s) {
            return new SummaryView(s.id().toString(), s.compartment().toString(), s.ownerOrganisation(), s.category().name(),
                    s.classification().name(), s.classification() == be.stroomplan.partners.Classification.NONE
                            ? "Beperkte Verspreiding" : s.classification().name().replace('_', ' '),
                    s.tlp().label(), s.sourceReliability().name(), s.informationAccuracy().code(), s.handlingCode().name(),
                    s.title(), s.excerpt(), s.version(), s.retentionUntil(), s.createdBy(), s.createdAt(), s.updatedAt(),
                    s.disclosed());
        }
    }

    record VersionView(int version, String editedBy, Instant editedAt, boolean current, boolean withheld, ContentView content) {
        static VersionView of(ItemVersion v) {
            return new VersionView(v.version(), v.editedBy(), v.editedAt(), v.current(), v.withheld(),
                    v.content() == null ? null : ContentView.of(v.content()));
        }
    }

    static String marking(ItemContent c) {
        return c.classification() == be.stroomplan.partners.Classification.NONE ? "Beperkte Verspreiding"
                : c.classification().name().replace('_', ' ');
    }

    static String id(UUID id) {
        return id == null ? null : id.toString();
    }
}
