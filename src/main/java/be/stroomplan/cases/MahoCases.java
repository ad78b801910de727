package be.stroomplan.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import be.stroomplan.audit.AuditAction;
import be.stroomplan.audit.AuditRecord;
import be.stroomplan.audit.AuditTrail;
import be.stroomplan.cases.internal.CaseAccess;
import be.stroomplan.cases.internal.CaseAccess.Participation;
import be.stroomplan.cases.internal.CaseNoteStore;
import be.stroomplan.cases.internal.CaseStore;
import be.stroomplan.cases.internal.CaseWorkStore;
import be.stroomplan.partners.PartnerDirectory;
import be.stroomplan.partners.Role;
import be.stroomplan.partners.UserProfile;
import be.stroomplan.platform.Actor;
import be.stroomplan.platform.CurrentActor;
import be.stroomplan.protocols.CompartmentKind;
import be.stroomplan.protocols.CompartmentRole;
import be.stroomplan.sharing.Acknowledgement;
import be.stroomplan.sharing.Compartments;
import be.stroomplan.sharing.InformationItems;
import be.stroomplan.sharing.ItemContent;
import be.stroomplan.sharing.MemberType;
import be.stroomplan.subjects.InvalidSubjectInput;
import be.stroomplan.subjects.SubjectDraft;
import be.stroomplan.subjects.SubjectRegister;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * MAHO cases: intake and reading the record (the lifecycle, participants and the confidentiality
 * acknowledgement (art. 458ter Sw.) are {@link CaseTransitions}). Every check of who may do what comes first (a refusal is on
 * record on its own), then the work runs in one transaction: an intake with one bad subject writes
 * nothing.
 */
@Service
public class MahoCases {

    /** The version of the 458ter text a participant accepts (messages cases.ack.text). */
    public static final String ACKNOWLEDGEMENT_TEXT = "458ter-1";
    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    static final Set<Role> SUBMITTERS = Set.of(Role.MAHO_PARTNER, Role.MAHO_COORDINATOR, Role.CITY_OFFICER, Role.INSPECTOR);

    private final CaseStore store;
    private final CaseWorkStore work;
    private final CaseAccess access;
    private final Compartments compartments;
    private final InformationItems items;
    private final SubjectRegister subjects;
    private final PartnerDirectory partners;
    private final CaseNoteStore notes;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final Clock clock = Clock.systemUTC();

    MahoCases(CaseStore store, CaseWorkStore work, CaseAccess access, Compartments compartments, InformationItems items,
              SubjectRegister subjects, PartnerDirectory partners, CaseNoteStore notes, AuditTrail audit,
              PlatformTransactionManager transactions) {
        this.store = store;
        this.work = work;
        this.access = access;
        this.compartments = compartments;
        this.items = items;
        this.subjects = subjects;
        this.partners = partners;
        this.notes = notes;
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(BRUSSELS));
    }

    /** Whether the user may submit a case: a MAHO partner, coordinator, city officer or inspector in team MAHO. */
    public static boolean maySubmit(UserProfile user) {
        return user.memberships().stream().anyMatch(m -> "MAHO".equals(m.teamCode()) && SUBMITTERS.contains(m.role()));
    }

    // intake --------------------------------------------------------------------------------------

    /**
     * Submits a case: opens its compartment (kind CASE, owned by the submitter's organisation, with
     * the confidentiality acknowledgement required), invites the submitter's organisation and the
     * participants as MEMBER organisations, makes every MAHO coordinator a MANAGER by user name, records
     * the subjects on the case's record and the submitter's own items. The submitter acknowledges the
     * confidentiality by submitting. All or nothing.
     */
    public MahoCase submit(UserProfile user, CaseDraft draft) {
        if (!maySubmit(user)) {
            throw new CaseRefused("ROLE_NOT_ALLOWED");
        }
        List<InvalidCaseInput.Problem> problems = new ArrayList<>();
        String title = text(draft.title(), "title", 300, problems);
        String signal = text(draft.signal(), "signal", 20_000, problems);
        Urgency urgency = Urgency.NORMAL;
        if (draft.urgency() != null && !draft.urgency().isBlank()) {
            try {
                urgency = Urgency.valueOf(draft.urgency().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new InvalidCaseInput.Problem("urgency", "cases.error.oneOf", "LOW, NORMAL, HIGH, URGENT"));
            }
        }
        Set<String> invited = new LinkedHashSet<>();
        invited.add(user.organisation().code());
        for (int i = 0; i < draft.participants().size(); i++) {
            String code = draft.participants().get(i) == null ? "" : draft.participants().get(i).trim();
            if (partners.organisation(code).isEmpty()) {
                problems.add(new InvalidCaseInput.Problem("participants[" + i + "]", "cases.error.unknownOrganisation"));
            } else {
                invited.add(code);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCaseInput(problems);
        }
        Urgency chosen = urgency;
        Actor actor = CurrentActor.get();
        return tx.execute(status -> {
            String reference = store.nextReference(today().getYear());
            UUID id = compartments.open(CompartmentKind.CASE, title, user.organisation().code(), reference, actor);
            compartments.requireAcknowledgement(id);
            compartments.acknowledge(id, user, ACKNOWLEDGEMENT_TEXT);
            MahoCase kase = new MahoCase(id, reference, title, signal, chosen, CaseStatus.SUBMITTED, null,
                    user.organisation().code(), user.username(), clock.instant(), draft.confidentialParticipants(), null, 0);
            store.insert(kase);
            createSubjects(user, id, draft.subjects());
            for (ItemContent content : draft.items()) {
                items.add(user, id, content, id.toString());
            }
            for (String organisation : invited) {
                compartments.addMember(id, MemberType.ORGANISATION, organisation, CompartmentRole.MEMBER);
                store.addParticipant(id, organisation, user.username(), clock.instant());
            }
            boolean coordinator = false;
            for (UserProfile c : partners.holdersOf(Role.MAHO_COORDINATOR)) {
                compartments.addMember(id, MemberType.USER, c.username(), CompartmentRole.MANAGER);
                coordinator |= c.username().equals(user.username());
            }
            if (!coordinator && compartments.members(id).stream().anyMatch(m -> m.role() == CompartmentRole.MANAGER
                    && !(m.type() == MemberType.USER && m.id().equals(user.username())))) {
                compartments.removeMember(id, MemberType.USER, user.username());
            }
            store.addTransition(id, new CaseTransition(UUID.randomUUID(), null, CaseStatus.SUBMITTED, "intake", null,
                    user.username(), user.organisation().code(), clock.instant()));
            audit.record(AuditRecord.of(AuditAction.CREATE).object("CASE", id).compartment(id).purpose(id.toString())
                    .legalBasis("MAHO case " + id).recipients(List.copyOf(invited))
                    .details("case " + reference + " submitted, " + draft.subjects().size() + " subjects, " + draft.items().size()
                            + " items").build());
            return kase;
        });
    }

    private void createSubjects(UserProfile user, UUID id, List<SubjectDraft> drafts) {
        for (int i = 0; i < drafts.size(); i++) {
            SubjectDraft d = drafts.get(i);
            try {
                subjects.create(user, new SubjectDraft(id.toString(), d.type(), d.name(), d.birthDate(), d.birthPlace(),
                        d.nationality(), d.legalForm(), d.naceCodes(), d.ref(),
                        d.category() == null || d.category().isBlank() ? "OTHER" : d.category(), Boolean.TRUE, d.identifiers(),
                        d.addresses()));
            } catch (InvalidSubjectInput invalid) {
                String prefix = "subjects[" + i + "].";
                throw new InvalidCaseInput(invalid.problems().stream().map(p -> new InvalidCaseInput.Problem(prefix + p.field(),
                        p.message().getCodes()[0], p.message().getArguments() == null ? List.<String>of()
                                : java.util.Arrays.stream(p.message().getArguments()).map(String::valueOf).toList())).toList());
            }
        }
    }

    private static String text(String value, String field, int max, List<InvalidCaseInput.Problem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new InvalidCaseInput.Problem(field, "cases.error.required"));
            return null;
        }
        if (value.trim().length() > max) {
            problems.add(new InvalidCaseInput.Problem(field, "cases.error.tooLong", max));
        }
        return value.trim();
    }

    // reading -------------------------------------------------------------------------------------

    /** The case as the user may see it (audited READ); before the acknowledgement: refused. */
    public CaseView read(UserProfile user, UUID caseId) {
        Participation p = access.acknowledged(user, caseId, "read");
        return tx.execute(status -> {
            audit.record(AuditRecord.of(AuditAction.READ).object("CASE", caseId).compartment(caseId).purpose(caseId.toString())
                    .legalBasis("MAHO case " + caseId).details("case record").build());
            return view(user, p);
        });
    }

    CaseView view(UserProfile user, Participation p) {
        UUID id = p.kase().id();
        List<String> participants = store.participants(id);
        boolean reduced = p.kase().confidentialParticipants() && !p.coordinator();
        if (reduced) {
            Set<String> visible = new LinkedHashSet<>();
            partners.holdersOf(Role.MAHO_COORDINATOR).forEach(c -> visible.add(c.organisation().code()));
            visible.add(user.organisation().code());
            participants = participants.stream().filter(visible::contains).toList();
        }
        Acknowledgement ack = compartments.acknowledgement(id, user.username()).orElse(null);
        return new CaseView(p.kase(), participants, reduced, store.history(id), notes.of(id), work.requests(id),
                work.decisions(id), work.actions(id), work.outcome(id), ack, p.coordinator());
    }

    /** The user's participation without content: whether they still have to acknowledge. */
    public Participation participation(UserProfile user, UUID caseId) {
        return access.of(user, caseId);
    }

    /** One page of the cases the user takes part in (acknowledged or not: they were invited). */
    public Map.Entry<List<MahoCase>, Long> list(UserProfile user, CaseStore.Query query) {
        List<UUID> ids = compartments.memberships(user, CompartmentKind.CASE);
        return store.page(ids, new CaseStore.Query(query.status(), query.partner(), query.track(), query.overdue(),
                query.sort(), query.ascending(), query.page(), query.size(), today()));
    }

    /** The ids of the cases the user takes part in. */
    public List<UUID> caseIds(UserProfile user) {
        return compartments.memberships(user, CompartmentKind.CASE);
    }

    /** Adds an item of the user's organisation to the case; the policy decision point decides. */
    public be.stroomplan.sharing.InformationItem addItem(UserProfile user, UUID caseId, ItemContent content, String purpose) {
        access.of(user, caseId);
        return items.add(user, caseId, content, purpose);
    }
}
