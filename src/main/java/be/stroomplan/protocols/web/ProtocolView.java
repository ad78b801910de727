package be.stroomplan.protocols.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import be.stroomplan.protocols.DataCategory;
import be.stroomplan.protocols.ProtocolStatus;
import be.stroomplan.protocols.internal.Protocol;
import be.stroomplan.protocols.internal.ProtocolContent;
import be.stroomplan.protocols.internal.ProtocolDocument;
import be.stroomplan.protocols.internal.ProtocolTransition;
import be.stroomplan.protocols.internal.ProtocolVersion;

/**
 * One version of a protocol as the API and the pages show it: the content, the status on the day
 * of reading, the art. 20 parts still missing ({@code warnings}), the DPO opinions, the version's
 * transitions and the list of all versions.
 */
record ProtocolView(String id, String reference, int version, String versionId, ProtocolStatus status, String title,
                    String provider, List<String> recipients, List<String> purposes, List<DataCategory> categories,
                    String legalBasis, String legalReference, LocalDate validFrom, LocalDate validTo,
                    String providerController, String recipientController, String providerDpo, String recipientDpo,
                    List<CategoryTermsView> categoryTerms, String recipientCategories, String communicationMeans,
                    String frequency, String proportionality, String securityMeasures, String rightsRestrictions,
                    String rightsExercise, OpinionView providerDpoOpinion, OpinionView recipientDpoOpinion,
                    List<String> signatories, List<String> warnings, List<TransitionView> transitions,
                    List<VersionView> versions, Integer draftVersion) {

    record CategoryTermsView(DataCategory category, String format, String retention) {
    }

    record OpinionView(LocalDate date, DocumentView document) {
    }

    record DocumentView(String filename, int size, String sha256, Instant uploadedAt, String uploadedBy) {
    }

    record TransitionView(int version, ProtocolStatus from, ProtocolStatus to, String by, String organisation, Instant at) {
    }

    record VersionView(int version, String versionId, ProtocolStatus status, LocalDate validFrom, LocalDate validTo,
                       Instant createdAt, String createdBy) {
    }

    static ProtocolView of(Protocol protocol, ProtocolVersion shown, List<ProtocolDocument> documents,
                           List<ProtocolTransition> transitions, LocalDate today) {
        ProtocolContent c = shown.content();
        Optional<ProtocolDocument> providerOpinion = document(documents, ProtocolDocument.Kind.PROVIDER_DPO_OPINION);
        Optional<ProtocolDocument> recipientOpinion = document(documents, ProtocolDocument.Kind.RECIPIENT_DPO_OPINION);
        List<String> warnings = new ArrayList<>(c.warnings());
        if (providerOpinion.isEmpty()) {
            warnings.add("providerDpoOpinionDocument");
        }
        if (recipientOpinion.isEmpty()) {
            warnings.add("recipientDpoOpinionDocument");
        }
        Map<DataCategory, ProtocolContent.CategoryTerms> terms = c.categoryTerms();
        return new ProtocolView(protocol.id().toString(), protocol.reference(), shown.number(), shown.id().toString(),
                shown.effectiveStatus(today), c.title(), c.provider(), c.recipients(), c.purposes(), c.categories(),
                c.legalBasis(), c.legalReference(), c.validFrom(), c.validTo(), c.providerController(),
                c.recipientController(), c.providerDpo(), c.recipientDpo(),
                c.categories().stream().map(category -> new CategoryTermsView(category,
                        terms.containsKey(category) ? terms.get(category).format() : null,
                        terms.containsKey(category) ? terms.get(category).retention() : null)).toList(),
                c.recipientCategories(), c.communicationMeans(), c.frequency(), c.proportionality(), c.securityMeasures(),
                c.rightsRestrictions(), c.rightsExercise(),
                new OpinionView(c.providerDpoOpinionDate(), providerOpinion.map(ProtocolView::document).orElse(null)),
                new OpinionView(c.recipientDpoOpinionDate(), recipientOpinion.map(ProtocolView::document).orElse(null)),
                c.signatories(), List.copyOf(warnings),
                transitions.stream().filter(t -> t.versionId().equals(shown.id()))
                        .map(t -> new TransitionView(t.version(), t.from(), t.to(), t.actor(), t.actorOrganisation(), t.at()))
                        .toList(),
                protocol.versions().stream().map(v -> new VersionView(v.number(), v.id().toString(), v.effectiveStatus(today),
                        v.content().validFrom(), v.content().validTo(), v.createdAt(), v.createdBy())).toList(),
                protocol.draft().map(ProtocolVersion::number).orElse(null));
    }

    private static Optional<ProtocolDocument> document(List<ProtocolDocument> documents, ProtocolDocument.Kind kind) {
        return documents.stream().filter(d -> d.kind() == kind).findFirst();
    }

    private static DocumentView document(ProtocolDocument d) {
        return new DocumentView(d.filename(), d.size(), d.sha256(), d.uploadedAt(), d.uploadedBy());
    }

    /** Whether this version can be edited (a draft). */
    boolean editable() {
        return status == ProtocolStatus.DRAFT;
    }
}
