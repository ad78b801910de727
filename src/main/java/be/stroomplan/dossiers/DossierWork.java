package be.stroomplan.dossiers;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import be.stroomplan.dossiers.InvalidDossierInput.Problem;
import be.stroomplan.dossiers.internal.DossierGate;
import be.stroomplan.dossiers.internal.DossierGate.Access;
import be.stroomplan.dossiers.internal.DossierRecordStore;
import be.stroomplan.dossiers.internal.Fields;
import be.stroomplan.partners.PartnerDirectory;
import be.stroomplan.partners.UserProfile;
import be.stroomplan.sharing.InformationItem;
import be.stroomplan.sharing.InformationItems;
import be.stroomplan.sharing.ItemContent;
import be.stroomplan.sharing.ItemPage;
import be.stroomplan.sharing.ItemSort;
import be.stroomplan.subjects.Relation;
import be.stroomplan.subjects.RelationDraft;
import be.stroomplan.subjects.Subject;
import be.stroomplan.subjects.SubjectCategory;
import be.stroomplan.subjects.SubjectDraft;
import be.stroomplan.subjects.SubjectRegister;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The team’s work on a dossier: subjects with their role and relations between them (through the
 * subject register), information items (through the sharing module and so the policy decision
 * point), seizures, arrests, tasks, and the timeline. Every change is on the timeline.
 */
@Service
public class DossierWork {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final DossierGate gate;
    private final DossierRecordStore records;
    private final SubjectRegister subjects;
    private final InformationItems items;
    private final PartnerDirectory partners;
    private final be.stroomplan.sharing.Compartments compartments;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock = Clock.systemUTC();

    DossierWork(DossierGate gate, DossierRecordStore records, SubjectRegister subjects, InformationItems items,
                PartnerDirectory partners, be.stroomplan.sharing.Compartments compartments, ApplicationEventPublisher events,
                TransactionTemplate transaction) {
        this.gate = gate;
        this.records = records;
        this.subjects = subjects;
        this.items = items;
        this.partners = partners;
        this.compartments = compartments;
        this.events = events;
        this.transaction = transaction;
    }

    /**
     * Puts a subject on the dossier with its role: an existing one the user may read
     * ({@code subjectId}), or a new one recorded in the dossier’s compartment ({@code draft}).
     */
    public DossierSubject addSubject(UserProfile user, String id, String subjectId, SubjectDraft draft, String category) {
        Access access = gate.writer(user, id, "subject added");
        SubjectCategory role = Fields.enumeration(new ArrayList<>(), "category", category, SubjectCategory.class, false);
        if (role == null) {
            throw InvalidDossierInput.of("category", category == null || category.isBlank() ? "dossiers.error.required"
                    : "dossiers.error.oneOf", "SUSPECT, CONVICTED, VICTIM, WITNESS, INFORMANT, CONTACT, OTHER");
        }
        String dossier = access.id().toString();
        Subject subject;
        if (subjectId != null && !subjectId.isBlank()) {
            subject = subjects.read(user, subjectId.strip(), dossier);
        } else if (draft != null) {
            subject = subjects.create(user, new SubjectDraft(dossier, draft.type(), draft.name(), draft.birthDate(),
                    draft.birthPlace(), draft.nationality(), draft.legalForm(), draft.naceCodes(), draft.ref(), role.name(), false,
                    draft.identifiers(), draft.addresses()));
        } else {
            throw InvalidDossierInput.of("subject", "dossiers.error.subject");
        }
        return transaction.execute(status -> {
            Instant now = clock.instant();
            UUID link = UUID.randomUUID();
            if (!records.addSubject(link, access.id(), subject.id(), role, user.username(), now)) {
                throw new DossierConflict("dossiers.error.subjectTwice", "The subject is on the dossier already.");
            }
            records.event(access.id(), now, "SUBJECT_ADDED", user.username(), subject.name() + " (" + role + ")");
            events.publishEvent(new DossierSubjectAdded(access.id(), subject.id(), role, now));
            return new DossierSubject(link, access.id(), subject.id(), role, subject.name(), subject.type().name(),
                    user.username(), now);
        });
    }

    /** Links two subjects of the dossier (the register checks that the user writes in the source’s compartment). */
    public Relation relate(UserProfile user, String id, String sourceId, RelationDraft draft) {
        Access access = gate.writer(user, id, "relation added");
        Relation relation = subjects.relate(user, sourceId, draft);
        transaction.executeWithoutResult(status -> records.event(access.id(), clock.instant(), "RELATION_ADDED",
                user.username(), relation.type() + " " + relation.source() + " → " + relation.target()));
        return relation;
    }

    /** Adds an information item of the user’s organisation to the dossier (decided by the policy decision point). */
    public InformationItem addItem(UserProfile user, String id, ItemContent content, String purpose) {
        Access access = gate.known(user, id, "item added");
        return items.add(user, access.id(), content, purpose);
    }

    /** One page of the dossier’s items the user may read (one audit record for the page). */
    public ItemPage items(UserProfile user, String id, int page, int size, ItemSort sort, boolean ascending) {
        Access access = gate.known(user, id, "items listed");
        return items.page(user, access.id(), access.id().toString(), page, size, sort, ascending);
    }

    public Seizure addSeizure(UserProfile user, String id, SeizureDraft draft) {
        Access access = gate.writer(user, id, "seizure added");
        List<Problem> problems = new ArrayList<>();
        SeizureKind kind = Fields.enumeration(problems, "kind", draft.kind(), SeizureKind.class, true);
        DrugType drug = null;
        BigDecimal kg = null;
        BigDecimal eur = null;
        Integer count = null;
        if (kind == SeizureKind.DRUGS) {
            drug = Fields.enumeration(problems, "drugType", draft.drugType(), DrugType.class, true);
            kg = Fields.amount(problems, "quantityKg", draft.quantityKg(), true, 3);
        } else if (kind == SeizureKind.CASH || kind == SeizureKind.CRYPTO) {
            eur = Fields.amount(problems, "amountEur", draft.amountEur(), true, 2);
        } else if (kind != null) {
            count = Fields.count(problems, "count", draft.count());
        }
        String description = Fields.text(problems, "description", draft.description(), 1000, false);
        LocalDate on = Fields.date(problems, "seizedOn", draft.seizedOn(), true, LocalDate.now(clock.withZone(BRUSSELS)));
        if (!problems.isEmpty()) {
            throw new InvalidDossierInput(problems);
        }
        Seizure seizure = new Seizure(UUID.randomUUID(), access.id(), kind, drug, kg, eur, count, description, on,
                user.username(), clock.instant());
        transaction.executeWithoutResult(status -> {
            records.insert(seizure);
            records.event(access.id(), seizure.recordedAt(), "SEIZURE", user.username(), describe(seizure));
        });
        return seizure;
    }

    private static String describe(Seizure s) {
        return s.kind() + (s.drugType() != null ? " " + s.drugType() + " " + s.quantityKg().toPlainString() + " kg" : "")
                + (s.amountEur() != null ? " € " + s.amountEur().toPlainString() : "")
                + (s.count() != null ? " × " + s.count() : "") + " (" + s.seizedOn() + ")";
    }

    public Arrest addArrest(UserProfile user, String id, ArrestDraft draft) {
        Access access = gate.writer(user, id, "arrest added");
        List<Problem> problems = new ArrayList<>();
        UUID subject = null;
        if (draft.subject() == null || draft.subject().isBlank()) {
            problems.add(new Problem("subject", "dossiers.error.required"));
        } else {
            try {
                subject = UUID.fromString(draft.subject().strip());
            } catch (IllegalArgumentException e) {
                problems.add(new Problem("subject", "dossiers.error.notOnDossier"));
            }
            if (subject != null && records.subject(access.id(), subject).isEmpty()) {
                problems.add(new Problem("subject", "dossiers.error.notOnDossier"));
            }
        }
        LocalDate on = Fields.date(problems, "arrestedOn", draft.arrestedOn(), true, LocalDate.now(clock.withZone(BRUSSELS)));
        String place = Fields.text(problems, "place", draft.place(), 200, true);
        if (!problems.isEmpty()) {
            throw new InvalidDossierInput(problems);
        }
        Arrest arrest = new Arrest(UUID.randomUUID(), access.id(), subject, on, place, user.username(), clock.instant());
        transaction.executeWithoutResult(status -> {
            records.insert(arrest);
            records.event(access.id(), arrest.recordedAt(), "ARREST", user.username(), arrest.subject() + " " + on + ", " + place);
        });
        return arrest;
    }

    public DossierTask addTask(UserProfile user, String id, TaskDraft draft) {
        Access access = gate.writer(user, id, "task added");
        List<Problem> problems = new ArrayList<>();
        String title = Fields.text(problems, "title", draft.title(), 300, true);
        String assignee = Fields.text(problems, "assignee", draft.assignee(), 64, true);
        if (assignee != null && partners.profile(assignee).filter(p -> DossierGate.readsContent(p)
                && compartments.membership(access.id(), p).isPresent()).isEmpty()) {
            problems.add(new Problem("assignee", "dossiers.error.assignee"));
        }
        LocalDate due = Fields.date(problems, "dueOn", draft.dueOn(), false, null);
        if (!problems.isEmpty()) {
            throw new InvalidDossierInput(problems);
        }
        DossierTask task = new DossierTask(UUID.randomUUID(), access.id(), title, assignee, due, null, null, user.username(),
                clock.instant());
        transaction.executeWithoutResult(status -> {
            records.insert(task);
            records.event(access.id(), task.createdAt(), "TASK_ADDED", user.username(), title + " → " + assignee
                    + (due == null ? "" : " (" + due + ")"));
        });
        return task;
    }

    public void taskDone(UserProfile user, String id, String taskId) {
        Access access = gate.writer(user, id, "task done");
        UUID task;
        try {
            task = UUID.fromString(taskId == null ? "" : taskId.strip());
        } catch (IllegalArgumentException e) {
            throw new DossierNotFound("task");
        }
        transaction.executeWithoutResult(status -> {
            Instant now = clock.instant();
            if (!records.done(access.id(), task, user.username(), now)) {
                throw new DossierNotFound("task");
            }
            records.event(access.id(), now, "TASK_DONE", user.username(), task.toString());
        });
    }

    /** The timeline, oldest first (audited as a READ of the dossier). */
    public List<TimelineEvent> timeline(UserProfile user, String id) {
        Access access = gate.read(user, id, "timeline read");
        return records.timeline(access.id());
    }
}
