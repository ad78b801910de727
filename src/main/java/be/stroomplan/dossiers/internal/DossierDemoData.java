package be.stroomplan.dossiers.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import be.stroomplan.dossiers.Dossier;
import be.stroomplan.dossiers.DossierStatus;
import be.stroomplan.dossiers.DossierTask;
import be.stroomplan.dossiers.DrugType;
import be.stroomplan.dossiers.NoticeNumber;
import be.stroomplan.dossiers.Seizure;
import be.stroomplan.dossiers.SeizureKind;
import be.stroomplan.partners.PartnerDirectory;
import be.stroomplan.partners.UserProfile;
import be.stroomplan.platform.ActorPrincipal;
import be.stroomplan.protocols.CompartmentKind;
import be.stroomplan.protocols.CompartmentRole;
import be.stroomplan.sharing.Compartment;
import be.stroomplan.sharing.Compartments;
import be.stroomplan.sharing.MemberType;
import be.stroomplan.subjects.RelationDraft;
import be.stroomplan.subjects.Subject;
import be.stroomplan.subjects.SubjectCategory;
import be.stroomplan.subjects.SubjectDraft;
import be.stroomplan.subjects.SubjectRegister;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo content: the sharing module’s demo compartment ‘Operatie Zeehaven’ (its fixed id, derived
 * from its name as the sharing module derives it) becomes a KALI dossier: notice number from the
 * compartment’s reference, the magistrate, kali.fgp as lead investigator, the KALI team, three
 * subjects with two relations, two seizures and a task. Runs after the sharing demo data, as
 * kali.fgp; a second run adds nothing.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 40)
@ConditionalOnProperty(name = "stroomplan.demo-data.enabled", havingValue = "true")
class DossierDemoData implements ApplicationRunner {

    /** The id of the demo compartment ‘Operatie Zeehaven’ of the sharing module. */
    static final UUID ZEEHAVEN = UUID.nameUUIDFromBytes("stroomplan-demo:compartment:operatie-zeehaven"
            .getBytes(StandardCharsets.UTF_8));

    private static final Logger log = LoggerFactory.getLogger(DossierDemoData.class);

    private final DossierStore store;
    private final DossierRecordStore records;
    private final Compartments compartments;
    private final SubjectRegister subjects;
    private final PartnerDirectory partners;
    private final TransactionTemplate transaction;

    DossierDemoData(DossierStore store, DossierRecordStore records, Compartments compartments, SubjectRegister subjects,
                    PartnerDirectory partners, TransactionTemplate transaction) {
        this.store = store;
        this.records = records;
        this.compartments = compartments;
        this.subjects = subjects;
        this.partners = partners;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        Compartment zeehaven = compartments.find(ZEEHAVEN).filter(c -> c.kind() == CompartmentKind.DOSSIER).orElse(null);
        UserProfile fgp = partners.profile("kali.fgp").orElse(null);
        if (zeehaven == null || fgp == null || partners.profile("magistraat").isEmpty() || store.find(ZEEHAVEN).isPresent()
                || zeehaven.reference() == null || NoticeNumber.problem(NoticeNumber.normalise(zeehaven.reference())) != null) {
            return;
        }
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(new DemoActor(fgp.username(),
                fgp.organisation().code()), null, List.of()));
        SecurityContextHolder.setContext(context);
        try {
            transaction.executeWithoutResult(status -> load(zeehaven, fgp));
            log.info("Demo data: the compartment 'Operatie Zeehaven' ({}) is a KALI dossier", ZEEHAVEN);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private void load(Compartment zeehaven, UserProfile fgp) {
        Instant now = Instant.now();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Brussels"));
        compartments.addMember(ZEEHAVEN, MemberType.USER, "magistraat", CompartmentRole.MANAGER);
        Dossier dossier = new Dossier(ZEEHAVEN, NoticeNumber.of(zeehaven.reference()), zeehaven.title(), DossierStatus.OPEN,
                "magistraat", fgp.username(), null, null, false, zeehaven.ownerOrganisation(), fgp.username(), zeehaven.createdAt(),
                now, 1);
        store.insert(dossier);
        store.addReport(ZEEHAVEN, "AN.12.L1.012346/24", fgp.username(), now);
        records.event(ZEEHAVEN, zeehaven.createdAt(), "OPENED", fgp.username(), dossier.noticeNumber() + " " + dossier.title());
        Subject amrani = subject(fgp, "PERSON", "Bilal Vandenbroeck", "1989-04-12", SubjectCategory.SUSPECT, List.of(), now);
        Subject firm = subject(fgp, "COMPANY", "Havenlogistiek Merksem BV", null, SubjectCategory.SUSPECT, List.of(), now);
        Subject car = subject(fgp, "VEHICLE", "Zwarte Audi A6", null, SubjectCategory.OTHER,
                List.of(new SubjectDraft.IdentifierInput("PLATE", "1-ABC-123")), now);
        subjects.relate(fgp, amrani.id().toString(), new RelationDraft("DIRECTOR_OF", firm.id().toString(), null, null, null, "B2"));
        subjects.relate(fgp, amrani.id().toString(), new RelationDraft("OWNS_VEHICLE", car.id().toString(), null, null, null, "B2"));
        seizure(new Seizure(UUID.randomUUID(), ZEEHAVEN, SeizureKind.DRUGS, DrugType.COCAINE, new BigDecimal("1200.000"), null, null,
                "Container MSCU1234565, Deurganckdok", today.minusDays(30), fgp.username(), now));
        seizure(new Seizure(UUID.randomUUID(), ZEEHAVEN, SeizureKind.CASH, null, null, new BigDecimal("85000.00"), null,
                "Loods Noorderlaan", today.minusDays(12), fgp.username(), now));
        DossierTask task = new DossierTask(UUID.randomUUID(), ZEEHAVEN, "Bankgegevens Havenlogistiek Merksem opvragen", "kali.pza",
                today.plusDays(14), null, null, fgp.username(), now);
        records.insert(task);
        records.event(ZEEHAVEN, now, "TASK_ADDED", fgp.username(), task.title() + " → kali.pza");
    }

    private Subject subject(UserProfile fgp, String type, String name, String birthDate, SubjectCategory category,
                            List<SubjectDraft.IdentifierInput> identifiers, Instant now) {
        Subject subject = subjects.create(fgp, new SubjectDraft(ZEEHAVEN.toString(), type, name, birthDate, null, null, null, List.of(),
                null, category.name(), false, identifiers, List.of()));
        records.addSubject(UUID.randomUUID(), ZEEHAVEN, subject.id(), category, fgp.username(), now);
        records.event(ZEEHAVEN, now, "SUBJECT_ADDED", fgp.username(), name + " (" + category + ")");
        return subject;
    }

    private void seizure(Seizure seizure) {
        records.insert(seizure);
        records.event(ZEEHAVEN, seizure.recordedAt(), "SEIZURE", seizure.recordedBy(), seizure.kind() + " (" + seizure.seizedOn() + ")");
    }

    /** The demo data acts as the lead investigator (audit records and memberships name the user). */
    private record DemoActor(String username, String organisationCode) implements ActorPrincipal {
    }
}
