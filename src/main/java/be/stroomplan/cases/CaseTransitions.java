package be.stroomplan.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import be.stroomplan.audit.AuditAction;
import be.stroomplan.audit.AuditRecord;
import be.stroomplan.audit.AuditTrail;
import be.stroomplan.cases.internal.CaseAccess;
import be.stroomplan.cases.internal.CaseAccess.Participation;
import be.stroomplan.cases.internal.CaseStore;
import be.stroomplan.cases.internal.CaseWorkStore;
import be.stroomplan.partners.PartnerDirectory;
import be.stroomplan.partners.UserProfile;
import be.stroomplan.protocols.CompartmentRole;
import be.stroomplan.sharing.Acknowledgement;
import be.stroomplan.sharing.Compartments;
import be.stroomplan.sharing.MemberType;
import be.stroomplan.subjects.SubjectRegister;
import be.stroomplan.subjects.SubjectSummary;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A case after intake: the confidentiality acknowledgement (art. 458ter Sw.), the invitation of
 * participants, and the moves of the lifecycle (the aggregate {@link MahoCase} refuses what the
 * table does not allow). Entering SCREENING offers the identifiers of the case’s subjects to the
 * {@link ScreeningCheck} ({@link ScreeningTargets}).
 */
@Service
public class CaseTransitions {

    private final CaseStore store;
    private final CaseWorkStore work;
    private final CaseAccess access;
    private final Compartments compartments;
    private final SubjectRegister subjects;
    private final PartnerDirectory partners;
    private final ScreeningCheck screening;
    private final MahoCases cases;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final Clock clock = Clock.systemUTC();

    CaseTransitions(CaseStore store, CaseWorkStore work, CaseAccess access, Compartments compartments, SubjectRegister subjects,
                    PartnerDirectory partners, ScreeningCheck screening, MahoCases cases, AuditTrail audit,
                    PlatformTransactionManager transactions) {
        this.store = store;
        this.work = work;
        this.access = access;
        this.compartments = compartments;
        this.subjects = subjects;
        this.partners = partners;
        this.screening = screening;
        this.cases = cases;
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
    }

    /** Records the user's acknowledgement of the case's confidentiality; a participant only. */
    public Acknowledgement acknowledge(UserProfile user, UUID caseId) {
        access.of(user, caseId);
        return tx.execute(status -> compartments.acknowledge(caseId, user, MahoCases.ACKNOWLEDGEMENT_TEXT));
    }

    /** Invites an organisation (coordinator only); {@code confidential} hides the participants from partners. */
    public void invite(UserProfile user, UUID caseId, String organisation, Boolean confidential) {
        Participation p = access.coordinator(user, caseId, "invite");
        if (organisation == null || partners.organisation(organisation.trim()).isEmpty()) {
            throw new InvalidCaseInput("organisation", "cases.error.unknownOrganisation");
        }
        String code = organisation.trim();
        tx.executeWithoutResult(status -> {
            compartments.addMember(caseId, MemberType.ORGANISATION, code, CompartmentRole.MEMBER);
            store.addParticipant(caseId, code, user.username(), clock.instant());
            if (confidential != null && confidential != p.kase().confidentialParticipants()) {
                MahoCase k = p.kase();
                store.update(new MahoCase(k.id(), k.reference(), k.title(), k.signal(), k.urgency(), k.status(), k.onHoldUntil(),
                        k.submitterOrganisation(), k.submittedBy(), k.submittedAt(), confidential, k.screening(), k.version()));
            }
        });
    }

    /**
     * Moves the case (coordinator only); the aggregate refuses what the table does not allow. Entering
     * SCREENING asks the {@link ScreeningCheck} with the identifiers of the case's subjects; CLOSED
     * needs the outcome, given here.
     */
    public MahoCase transition(UserProfile user, UUID caseId, CaseStatus to, String reason, LocalDate until, Outcome outcome) {
        Participation p = access.coordinator(user, caseId, "transition");
        List<ScreeningCheck.Target> targets = to == CaseStatus.SCREENING && p.kase().status().mayMoveTo(to)
                ? targets(user, caseId) : List.of();
        return tx.execute(status -> {
            MahoCase kase = store.find(caseId).orElseThrow();
            if (kase.version() != p.kase().version()) {
                throw new CaseConflict("cases.error.stale", "The case was changed meanwhile; reload it and try again.");
            }
            if (to == CaseStatus.CLOSED && outcome != null && kase.status().mayMoveTo(CaseStatus.CLOSED)) {
                CaseDecisions.check(outcome);
                work.putOutcome(caseId, outcome, user.username(), clock.instant());
            }
            MahoCase moved = kase.moveTo(to, reason, until, new MahoCase.Facts(!work.decisions(caseId).isEmpty(),
                    work.outcome(caseId).isPresent(), cases.today()));
            if (to == CaseStatus.SCREENING) {
                ScreeningCheck.Result result = screening.screen(caseId, targets);
                moved = new MahoCase(moved.id(), moved.reference(), moved.title(), moved.signal(), moved.urgency(), moved.status(),
                        moved.onHoldUntil(), moved.submitterOrganisation(), moved.submittedBy(), moved.submittedAt(),
                        moved.confidentialParticipants(), result.status() + ": " + result.note(), moved.version());
            }
            return record(user, kase, moved, reason.trim(), until);
        });
    }

    /** The screening targets of the case's subjects that the coordinator reads (the read is audited). */
    private List<ScreeningCheck.Target> targets(UserProfile user, UUID caseId) {
        Set<UUID> ids = new HashSet<>();
        int page = 0;
        int pages;
        do {
            var listed = subjects.compartment(user, caseId.toString(), caseId.toString(), page, SubjectRegister.MAX_PAGE);
            listed.items().stream().map(SubjectSummary::id).forEach(ids::add);
            pages = listed.totalPages();
            page++;
        } while (page < pages);
        return ScreeningTargets.of(List.copyOf(subjects.readableSubjects(user, ids).values()));
    }

    /** Stores a move, its history line and its audit row; in the caller's transaction. */
    MahoCase record(UserProfile user, MahoCase before, MahoCase after, String reason, LocalDate until) {
        store.update(after);
        store.addTransition(after.id(), new CaseTransition(UUID.randomUUID(), before.status(), after.status(), reason,
                after.status() == CaseStatus.ON_HOLD ? until : null, user.username(), user.organisation().code(), clock.instant()));
        audit.record(AuditRecord.of(AuditAction.UPDATE).object("CASE", after.id()).compartment(after.id())
                .purpose(after.id().toString()).legalBasis("MAHO case " + after.id())
                .details(before.status() + " -> " + after.status() + ": " + reason).build());
        return store.find(after.id()).orElseThrow();
    }
}
