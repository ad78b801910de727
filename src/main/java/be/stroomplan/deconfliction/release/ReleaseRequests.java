package be.stroomplan.deconfliction.release;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import be.stroomplan.audit.AuditAction;
import be.stroomplan.audit.AuditRecord;
import be.stroomplan.audit.AuditTrail;
import be.stroomplan.cases.CaseNotFound;
import be.stroomplan.cases.CaseNotices;
import be.stroomplan.cases.CaseView;
import be.stroomplan.cases.MahoCases;
import be.stroomplan.dossiers.Dossiers;
import be.stroomplan.partners.PartnerDirectory;
import be.stroomplan.partners.Role;
import be.stroomplan.partners.UserProfile;
import be.stroomplan.platform.Mailer;
import be.stroomplan.protocols.CompartmentKind;
import be.stroomplan.protocols.PolicyDecisionPoint;
import be.stroomplan.sharing.Compartment;
import be.stroomplan.sharing.Compartments;
import be.stroomplan.sharing.InformationItems;
import be.stroomplan.sharing.ItemContent;
import be.stroomplan.sharing.ItemRead;
import be.stroomplan.sharing.ItemReleases;
import be.stroomplan.sharing.ItemSort;
import be.stroomplan.sharing.Release;
import be.stroomplan.subjects.Subject;
import be.stroomplan.subjects.SubjectNotFound;
import be.stroomplan.subjects.SubjectRefused;
import be.stroomplan.subjects.SubjectRegister;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Release requests (issue 7 §5). A participant of a MAHO case who acknowledged its confidentiality
 * asks the KALI magistrate for judicial information about one of the case’s subjects; a holder of
 * KALI_MAGISTRATE sees the pending requests oldest first, with the dossiers of theirs in which the
 * subject appears, and approves a redacted release (through {@link ItemReleases}) or refuses with a
 * reason. Both answers flow back to the case: a note on its timeline and a notice to the requester
 * (in the app and by e-mail). Everything is audited.
 */
@Service
public class ReleaseRequests {

    private final ReleaseRequestStore store;
    private final MahoCases cases;
    private final CaseNotices notices;
    private final SubjectRegister subjects;
    private final Compartments compartments;
    private final InformationItems items;
    private final ItemReleases releases;
    private final Dossiers dossiers;
    private final PartnerDirectory partners;
    private final Mailer mailer;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final Clock clock = Clock.systemUTC();

    ReleaseRequests(ReleaseRequestStore store, MahoCases cases, CaseNotices notices, SubjectRegister subjects,
                    Compartments compartments, InformationItems items, ItemReleases releases, Dossiers dossiers,
                    PartnerDirectory partners, Mailer mailer, AuditTrail audit, PlatformTransactionManager transactions) {
        this.store = store;
        this.cases = cases;
        this.notices = notices;
        this.subjects = subjects;
        this.compartments = compartments;
        this.items = items;
        this.releases = releases;
        this.dossiers = dossiers;
        this.partners = partners;
        this.mailer = mailer;
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
    }

    /** One page of requests, oldest first. */
    public record RequestPage(List<ReleaseRequest> items, int page, int size, long totalItems) {

        public int totalPages() {
            return (int) Math.max(1, (totalItems + size - 1) / size);
        }
    }

    // asking --------------------------------------------------------------------------------------

    /**
     * Asks the magistrate about a subject of the case. The user must have acknowledged the case (else
     * refused); a case the user does not take part in is not found; the subject must be one of the
     * case’s that the user reads.
     */
    public ReleaseRequest ask(UserProfile user, UUID caseId, String subject, String question) {
        CaseView view = cases.read(user, caseId);
        List<InvalidReleaseInput.Problem> problems = new ArrayList<>();
        Subject found = null;
        try {
            found = subject == null || subject.isBlank() ? null : subjects.read(user, subject.trim(), caseId.toString());
        } catch (SubjectNotFound | SubjectRefused e) {
            found = null;
        }
        if (found == null || !found.compartment().equals(caseId)) {
            problems.add(new InvalidReleaseInput.Problem("subject", "release.error.subject"));
        }
        if (question == null || question.isBlank()) {
            problems.add(new InvalidReleaseInput.Problem("question", "release.error.required"));
        } else if (question.length() > 4000) {
            problems.add(new InvalidReleaseInput.Problem("question", "release.error.tooLong"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidReleaseInput(problems);
        }
        ReleaseRequest request = new ReleaseRequest(UUID.randomUUID(), caseId, view.kase().reference(), found.id(),
                found.name(), found.type().name(), question.trim(), user.username(), user.organisation().code(),
                clock.instant(), ReleaseStatus.PENDING, null, null, null, null, null, null, 0);
        tx.executeWithoutResult(s -> {
            store.insert(request);
            audit.record(AuditRecord.of(AuditAction.CREATE).object("RELEASE_REQUEST", request.id()).compartment(caseId)
                    .purpose(caseId.toString()).legalBasis("MAHO case " + caseId)
                    .details("release request about subject " + request.subjectId()).build());
        });
        mailer.send(partners.holdersOf(Role.KALI_MAGISTRATE).stream().map(UserProfile::email).toList(),
                "[Stroomplan] Release request " + request.caseReference(),
                "A MAHO case asks for judicial information (" + request.caseReference()
                        + ").\n\nOpen the release requests in the Stroomplan platform to decide.");
        return request;
    }

    /**
     * A request as the user may see it: the magistrate sees it whole; a participant of its case who
     * acknowledged the case sees it (the API shows them only the status and the decision); anyone
     * else: not found.
     */
    public ReleaseRequest read(UserProfile user, UUID id) {
        ReleaseRequest request = store.find(id).orElseThrow(ReleaseNotFound::new);
        if (user.hasRole(Role.KALI_MAGISTRATE)) {
            tx.executeWithoutResult(s -> audit.record(AuditRecord.of(AuditAction.READ).object("RELEASE_REQUEST", id)
                    .purpose("release request " + id).legalBasis("release by the KALI magistrate").build()));
            return request;
        }
        try {
            cases.read(user, request.caseId());
        } catch (CaseNotFound e) {
            throw new ReleaseNotFound();
        }
        return request;
    }

    /** The release requests of a case, for its participants (who read the case first). */
    public List<ReleaseRequest> ofCase(UserProfile user, UUID caseId) {
        cases.read(user, caseId);
        return store.ofCase(caseId);
    }

    // the magistrate ------------------------------------------------------------------------------

    /** One page of the requests in a status, oldest first; KALI_MAGISTRATE only. */
    public RequestPage page(UserProfile user, ReleaseStatus status, int page, int size) {
        magistrate(user, "list");
        return new RequestPage(store.page(status, page, size), page, size, store.count(status));
    }

    /**
     * The magistrate’s dossiers in which the request’s subject appears: a dossier that names the same
     * subject, or holds a subject with one of its identifiers (the subject register decides what the
     * magistrate reads), each with the items the magistrate may read (the policy decision point’s
     * listing, audited).
     */
    public List<ReleaseCandidate> candidates(UserProfile user, ReleaseRequest request) {
        magistrate(user, "candidates");
        List<Compartment> mine = compartments.compartmentsOf(user).stream().map(Map.Entry::getKey)
                .filter(c -> c.kind() == CompartmentKind.DOSSIER).toList();
        List<UUID> ids = mine.stream().map(Compartment::id).toList();
        Set<UUID> hits = new LinkedHashSet<>();
        Set<UUID> same = new LinkedHashSet<>();
        same.add(request.subjectId());
        for (Subject s : subjects.sameIdentity(user, request.subjectId(), ids, "release request " + request.id())) {
            hits.add(s.compartment());
            same.add(s.id());
        }
        for (UUID dossier : ids) {
            if (!hits.contains(dossier) && dossiers.openDossierSubjects(dossier).stream().anyMatch(same::contains)) {
                hits.add(dossier);
            }
        }
        List<ReleaseCandidate> out = new ArrayList<>();
        for (Compartment c : mine) {
            if (hits.contains(c.id())) {
                out.add(new ReleaseCandidate(c.id(), c.reference(), c.title(),
                        items.page(user, c.id(), c.id().toString(), 0, 50, ItemSort.CREATED, false).items()));
            }
        }
        return out;
    }

    /** An item of a dossier as the magistrate reads it to choose what to release (decided and audited). */
    public ItemRead source(UserProfile user, UUID item) {
        magistrate(user, "read source");
        return items.read(user, item, null);
    }

    /**
     * Approves a release: the selected parts of one dossier item (or a written summary made from it)
     * become a new JUDICIAL item in the case, disclosed to the case’s organisations a protocol
     * covers. The request is APPROVED with the released item; the case and the requester are told.
     */
    public ReleaseRequest approve(UserProfile user, UUID id, ReleaseSelection selection) {
        magistrate(user, "approve");
        ReleaseRequest request = pending(id);
        List<InvalidReleaseInput.Problem> problems = selection.problems();
        if (!problems.isEmpty()) {
            throw new InvalidReleaseInput(problems);
        }
        ItemRead source = items.read(user, selection.item(), null);
        if (!source.item().content().fields().keySet().containsAll(selection.fields())) {
            throw new InvalidReleaseInput("fields", "release.error.unknownField");
        }
        Compartment dossier = compartments.find(source.item().compartment()).orElseThrow();
        Instant now = clock.instant();
        ItemContent content = Redaction.redact(source.item().content(), selection,
                new Redaction.Provenance(dossier.reference(), user.displayName(), now.atZone(PolicyDecisionPoint.ZONE).toLocalDate()),
                request.subjectId());
        Release release = tx.execute(s -> {
            Release made = releases.release(user, selection.item(), request.caseId(), content);
            if (!store.decide(id, request.version(), ReleaseStatus.APPROVED, user.username(), now, null, selection.item(),
                    dossier.id(), made.item().id())) {
                throw new ReleaseConflict("The request was decided meanwhile.");
            }
            audit.record(AuditRecord.of(AuditAction.DECIDE).object("RELEASE_REQUEST", id).compartment(request.caseId())
                    .purpose(request.caseId().toString()).legalBasis("release by the KALI magistrate")
                    .details("approved: item " + made.item().id() + (selection.summarised() ? " (summary)" : " (fields)"))
                    .build());
            return made;
        });
        String text = "Release approved in case " + request.caseReference() + " (" + request.subjectName() + ")";
        notices.note(request.caseId(), "RELEASE_APPROVED", request.subjectName(), user);
        notices.tell(request.caseId(), request.requestedBy(), "RELEASE", text);
        return store.find(id).map(r -> r).orElseThrow();
    }

    /** Refuses with a reason (required); the case and the requester are told the reason. */
    public ReleaseRequest refuse(UserProfile user, UUID id, String reason) {
        magistrate(user, "refuse");
        ReleaseRequest request = pending(id);
        if (reason == null || reason.isBlank()) {
            throw new InvalidReleaseInput("reason", "release.error.required");
        }
        String why = reason.strip().length() > 2000 ? reason.strip().substring(0, 2000) : reason.strip();
        tx.executeWithoutResult(s -> {
            if (!store.decide(id, request.version(), ReleaseStatus.REFUSED, user.username(), clock.instant(), why, null, null,
                    null)) {
                throw new ReleaseConflict("The request was decided meanwhile.");
            }
            audit.record(AuditRecord.of(AuditAction.DECIDE).object("RELEASE_REQUEST", id).compartment(request.caseId())
                    .purpose(request.caseId().toString()).legalBasis("release by the KALI magistrate")
                    .details("refused").build());
        });
        notices.note(request.caseId(), "RELEASE_REFUSED", why, user);
        notices.tell(request.caseId(), request.requestedBy(), "RELEASE",
                "Release refused in case " + request.caseReference() + ": " + why);
        return store.find(id).orElseThrow();
    }

    private ReleaseRequest pending(UUID id) {
        ReleaseRequest request = store.find(id).orElseThrow(ReleaseNotFound::new);
        if (request.status() != ReleaseStatus.PENDING) {
            throw new ReleaseConflict("The request was decided already: " + request.status() + ".");
        }
        return request;
    }

    /** Only a holder of KALI_MAGISTRATE; anyone else is refused, on record. */
    private void magistrate(UserProfile user, String doing) {
        if (!user.hasRole(Role.KALI_MAGISTRATE)) {
            tx.executeWithoutResult(s -> audit.record(AuditRecord.of(AuditAction.DENIED).objectType("RELEASE_REQUEST")
                    .purpose("release requests").legalBasis("release by the KALI magistrate")
                    .outcome(be.stroomplan.audit.AuditOutcome.DENIED).details(doing + " denied: ROLE_NOT_ALLOWED").build()));
            throw new ReleaseRefused("ROLE_NOT_ALLOWED");
        }
    }
}
