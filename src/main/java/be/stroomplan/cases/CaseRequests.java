package be.stroomplan.cases;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import be.stroomplan.audit.AuditAction;
import be.stroomplan.audit.AuditRecord;
import be.stroomplan.audit.AuditTrail;
import be.stroomplan.cases.internal.CaseAccess;
import be.stroomplan.cases.internal.CaseAccess.Participation;
import be.stroomplan.cases.internal.CaseMailer;
import be.stroomplan.cases.internal.CaseStore;
import be.stroomplan.cases.internal.CaseWorkStore;
import be.stroomplan.partners.PartnerDirectory;
import be.stroomplan.partners.UserProfile;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Information requests of a case: the coordinator asks a participating organisation, with a due
 * date; that organisation answers with a text, optionally naming the item it added or disclosed.
 */
@Service
public class CaseRequests {

    private final CaseStore store;
    private final CaseWorkStore work;
    private final CaseAccess access;
    private final MahoCases cases;
    private final CaseNotices notices;
    private final CaseMailer mailer;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final Clock clock = Clock.systemUTC();

    CaseRequests(CaseStore store, CaseWorkStore work, CaseAccess access, MahoCases cases, CaseNotices notices, CaseMailer mailer, AuditTrail audit,
                 PlatformTransactionManager transactions) {
        this.store = store;
        this.work = work;
        this.access = access;
        this.cases = cases;
        this.notices = notices;
        this.mailer = mailer;
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
    }

    public InformationRequest request(UserProfile user, UUID caseId, String organisation, String question, LocalDate due) {
        access.coordinator(user, caseId, "information request");
        List<InvalidCaseInput.Problem> problems = new ArrayList<>();
        if (organisation == null || !store.participants(caseId).contains(organisation.trim())) {
            problems.add(new InvalidCaseInput.Problem("organisation", "cases.error.notParticipant"));
        }
        if (question == null || question.isBlank()) {
            problems.add(new InvalidCaseInput.Problem("question", "cases.error.required"));
        }
        if (due == null || due.isBefore(cases.today())) {
            problems.add(new InvalidCaseInput.Problem("due", "cases.error.dueToday"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidCaseInput(problems);
        }
        InformationRequest r = new InformationRequest(UUID.randomUUID(), caseId, organisation.trim(), question.trim(), due,
                user.username(), clock.instant(), null, null, null, null);
        tx.executeWithoutResult(s -> {
            work.insert(r);
            notices.notify(caseId, mailer.recipients(r.organisation(), null), "REQUEST",
                    "Information requested in case " + notices.reference(caseId) + ", due " + due, false);
            audited(AuditAction.CREATE, caseId, "information request to " + r.organisation());
        });
        return r;
    }

    /** The requested organisation marks the request answered, naming the item it added or disclosed. */
    public InformationRequest answer(UserProfile user, UUID caseId, UUID requestId, UUID item, String note) {
        access.acknowledged(user, caseId, "answer");
        InformationRequest r = work.request(caseId, requestId).orElseThrow(() -> new CaseNotFound("information request"));
        if (item == null && (note == null || note.isBlank())) {
            throw new InvalidCaseInput("note", "cases.error.required");
        }
        if (!r.organisation().equals(user.organisation().code())) {
            throw access.refused(caseId, "answer", "OTHER_ORGANISATION");
        }
        tx.executeWithoutResult(s -> {
            if (!work.answer(requestId, user.username(), clock.instant(), item, note == null ? null : note.trim())) {
                throw new CaseConflict("cases.error.answered", "The request was already answered.");
            }
            audited(AuditAction.UPDATE, caseId, "information request " + requestId + " answered");
        });
        return work.request(caseId, requestId).orElseThrow();
    }


    private void audited(AuditAction action, UUID caseId, String details) {
        audit.record(AuditRecord.of(action).object("CASE", caseId).compartment(caseId).purpose(caseId.toString())
                .legalBasis("MAHO case " + caseId).details(details).build());
    }
}
