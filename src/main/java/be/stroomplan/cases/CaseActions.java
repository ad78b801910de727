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
 * The actions that carry out a decision: the coordinator assigns them to a participating
 * organisation or one of its users (notified in the app and by e-mail); the coordinator or the
 * assigned organisation reports progress; the nightly job sends each overdue notice once.
 */
@Service
public class CaseActions {

    private final CaseStore store;
    private final CaseWorkStore work;
    private final CaseAccess access;
    private final MahoCases cases;
    private final CaseNotices notices;
    private final CaseMailer mailer;
    private final PartnerDirectory partners;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final Clock clock = Clock.systemUTC();

    CaseActions(CaseStore store, CaseWorkStore work, CaseAccess access, MahoCases cases, CaseNotices notices, CaseMailer mailer, PartnerDirectory partners, AuditTrail audit, PlatformTransactionManager transactions) {
        this.store = store;
        this.work = work;
        this.access = access;
        this.cases = cases;
        this.notices = notices;
        this.mailer = mailer;
        this.partners = partners;
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
    }

    /** Assigns an action on an intervention (coordinator); the assignee is notified in the app and by e-mail. */
    public CaseAction assign(UserProfile user, UUID caseId, UUID intervention, String title, String organisation,
                             String assignee, LocalDate due) {
        access.coordinator(user, caseId, "assign action");
        List<InvalidCaseInput.Problem> problems = new ArrayList<>();
        if (intervention == null || !work.interventionOf(caseId, intervention)) {
            problems.add(new InvalidCaseInput.Problem("intervention", "cases.error.notInCase"));
        }
        if (title == null || title.isBlank()) {
            problems.add(new InvalidCaseInput.Problem("title", "cases.error.required"));
        }
        String org = organisation == null ? null : organisation.trim();
        if (assignee != null && !assignee.isBlank()) {
            UserProfile u = partners.profile(assignee.trim()).orElse(null);
            if (u == null) {
                problems.add(new InvalidCaseInput.Problem("user", "cases.error.unknownUser"));
            } else if (org == null || org.isEmpty()) {
                org = u.organisation().code();
            } else if (!org.equals(u.organisation().code())) {
                problems.add(new InvalidCaseInput.Problem("user", "cases.error.notOfOrganisation"));
            }
        }
        if (org == null || !store.participants(caseId).contains(org)) {
            problems.add(new InvalidCaseInput.Problem("organisation", "cases.error.notParticipant"));
        }
        if (due == null) {
            problems.add(new InvalidCaseInput.Problem("due", "cases.error.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidCaseInput(problems);
        }
        CaseAction action = new CaseAction(UUID.randomUUID(), caseId, intervention, title.trim(), org,
                assignee == null || assignee.isBlank() ? null : assignee.trim(), due, ActionStatus.OPEN, null, user.username(),
                clock.instant());
        tx.executeWithoutResult(s -> {
            work.insert(action);
            audited(AuditAction.CREATE, caseId, "action " + action.id() + " assigned to " + action.organisation());
        });
        notices.notify(caseId, mailer.recipients(action.organisation(), action.user()), "ASSIGNED",
                "Action assigned in case " + notices.reference(caseId) + ": " + action.title() + " (due " + due + ")", true);
        return action;
    }

    /** Reports progress on an action: the coordinator or the assigned organisation. */
    public CaseAction report(UserProfile user, UUID caseId, UUID actionId, String status, String result) {
        Participation p = access.acknowledged(user, caseId, "report action");
        CaseAction action = work.action(caseId, actionId).orElseThrow(() -> new CaseNotFound("action"));
        if (!p.coordinator() && !action.organisation().equals(user.organisation().code())) {
            throw access.refused(caseId, "report action", "OTHER_ORGANISATION");
        }
        ActionStatus next;
        try {
            next = ActionStatus.valueOf(status == null ? "" : status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidCaseInput("status", "cases.error.oneOf", "OPEN, IN_PROGRESS, DONE, CANCELLED");
        }
        if (!action.status().open()) {
            throw new CaseConflict("cases.error.actionClosed", "The action is " + action.status() + ".");
        }
        tx.executeWithoutResult(s -> {
            work.update(actionId, next, result == null ? action.result() : result.trim());
            audited(AuditAction.UPDATE, caseId, "action " + actionId + " " + next);
        });
        return work.action(caseId, actionId).orElseThrow();
    }

    /**
     * The overdue notices: every open action past its due date that had none gets one, in the app
     * and by e-mail, once. The nightly job calls this; returns how many.
     */
    public int noticeOverdue() {
        List<CaseAction> due = tx.execute(s -> work.claimOverdue(cases.today(), clock.instant()));
        for (CaseAction a : due) {
            notices.notify(a.caseId(), mailer.recipients(a.organisation(), a.user()), "OVERDUE",
                    "Action overdue in case " + notices.reference(a.caseId()) + ": " + a.title() + " (due " + a.due() + ")", true);
        }
        return due.size();
    }

    /** The overdue actions of the cases the user takes part in. */
    public List<CaseAction> overdue(UserProfile user) {
        return work.overdue(cases.caseIds(user), cases.today());
    }


    private void audited(AuditAction action, UUID caseId, String details) {
        audit.record(AuditRecord.of(action).object("CASE", caseId).compartment(caseId).purpose(caseId.toString())
                .legalBasis("MAHO case " + caseId).details(details).build());
    }
}
