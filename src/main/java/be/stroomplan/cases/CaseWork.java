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
 * The work on a case: information requests and their answers, the decision with its interventions
 * (limits of the catalogue checked), actions with e-mail and in-app notices, and the overdue
 * notices. The coordinator requests, decides and assigns; the assigned organisation reports.
 */
@Service
public class CaseWork {

    private final CaseStore store;
    private final CaseWorkStore work;
    private final CaseAccess access;
    private final MahoCases cases;
    private final PartnerDirectory partners;
    private final CaseMailer mailer;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final Clock clock = Clock.systemUTC();

    CaseWork(CaseStore store, CaseWorkStore work, CaseAccess access, MahoCases cases, PartnerDirectory partners,
             CaseMailer mailer, AuditTrail audit, PlatformTransactionManager transactions) {
        this.store = store;
        this.work = work;
        this.access = access;
        this.cases = cases;
        this.partners = partners;
        this.mailer = mailer;
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
    }

    // information requests ------------------------------------------------------------------------

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
            notifyAll(caseId, mailer.recipients(r.organisation(), null), "REQUEST",
                    "Information requested in case " + reference(caseId) + ", due " + due, false);
            audited(AuditAction.CREATE, caseId, "information request to " + r.organisation());
        });
        return r;
    }

    /** The requested organisation marks the request answered, naming the item it added or disclosed. */
    public InformationRequest answer(UserProfile user, UUID caseId, UUID requestId, UUID item, String note) {
        access.acknowledged(user, caseId, "answer");
        InformationRequest r = work.request(caseId, requestId).orElseThrow(() -> new CaseNotFound("information request"));
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

    // decision ------------------------------------------------------------------------------------

    /** One intervention as asked: catalogue code, lead organisation, period (months or dates), rationale. */
    public record InterventionDraft(String intervention, String leadOrganisation, LocalDate from, LocalDate to,
                                    Integer months, String rationale) {
    }

    /**
     * Records the decision (coordinator, case IN_CONSULTATION) and moves the case to DECIDED. Every
     * intervention must exist in the catalogue and stay within its limit.
     */
    public Decision decide(UserProfile user, UUID caseId, String leadOrganisation, String rationale, UUID meeting,
                           List<InterventionDraft> drafts) {
        Participation p = access.coordinator(user, caseId, "decide");
        List<InvalidCaseInput.Problem> problems = new ArrayList<>();
        if (leadOrganisation == null || partners.organisation(leadOrganisation.trim()).isEmpty()) {
            problems.add(new InvalidCaseInput.Problem("leadOrganisation", "cases.error.unknownOrganisation"));
        }
        if (rationale == null || rationale.isBlank()) {
            problems.add(new InvalidCaseInput.Problem("rationale", "cases.error.required"));
        }
        if (drafts == null || drafts.isEmpty()) {
            problems.add(new InvalidCaseInput.Problem("interventions", "cases.error.atLeastOne"));
        }
        List<Decision.Line> lines = new ArrayList<>();
        for (int i = 0; drafts != null && i < drafts.size(); i++) {
            Decision.Line line = line(drafts.get(i), "interventions[" + i + "].", problems);
            if (line != null) {
                lines.add(line);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidCaseInput(problems);
        }
        if (p.kase().status() != CaseStatus.IN_CONSULTATION) {
            throw new CaseConflict("cases.error.transition", "A case is decided in consultation; this one is " + p.kase().status() + ".");
        }
        Decision decision = new Decision(UUID.randomUUID(), caseId, leadOrganisation.trim(), rationale.trim(), meeting,
                user.username(), clock.instant(), lines);
        tx.executeWithoutResult(s -> {
            work.insert(decision);
            MahoCase kase = store.find(caseId).orElseThrow();
            cases.record(user, kase, kase.moveTo(CaseStatus.DECIDED, "decision: " + decision.rationale(), null,
                    new MahoCase.Facts(true, false, cases.today())), "decision: " + decision.rationale(), null);
            audited(AuditAction.DECIDE, caseId, "decision " + decision.id() + ": " + lines.size() + " interventions");
        });
        return decision;
    }

    private Decision.Line line(InterventionDraft d, String prefix, List<InvalidCaseInput.Problem> problems) {
        Intervention intervention = null;
        try {
            intervention = Intervention.valueOf(d.intervention() == null ? "" : d.intervention().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new InvalidCaseInput.Problem(prefix + "intervention", "cases.error.notInCatalogue"));
        }
        String lead = d.leadOrganisation() == null ? null : d.leadOrganisation().trim();
        if (lead == null || partners.organisation(lead).isEmpty()) {
            problems.add(new InvalidCaseInput.Problem(prefix + "leadOrganisation", "cases.error.unknownOrganisation"));
        }
        if (d.rationale() == null || d.rationale().isBlank()) {
            problems.add(new InvalidCaseInput.Problem(prefix + "rationale", "cases.error.required"));
        }
        LocalDate from = d.from();
        LocalDate to = d.to();
        if (to == null && d.months() != null) {
            from = from == null ? cases.today() : from;
            to = from.plusMonths(d.months());
        }
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(new InvalidCaseInput.Problem(prefix + "to", "cases.error.beforeStart"));
        }
        if (intervention != null && intervention.maxMonths() > 0) {
            if (from == null || to == null) {
                problems.add(new InvalidCaseInput.Problem(prefix + "to", "cases.error.periodRequired",
                        intervention.maxMonths(), intervention.legalBasis()));
            } else if (to.isAfter(from.plusMonths(intervention.maxMonths()))) {
                problems.add(new InvalidCaseInput.Problem(prefix + "to", "cases.error.limit", intervention.maxMonths(),
                        intervention.legalBasis()));
            }
        }
        if (intervention == null || lead == null || d.rationale() == null || d.rationale().isBlank()) {
            return null;
        }
        return new Decision.Line(UUID.randomUUID(), intervention.track(), intervention, lead, from, to, d.rationale().trim());
    }

    // actions -------------------------------------------------------------------------------------

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
        notifyAll(caseId, mailer.recipients(action.organisation(), action.user()), "ASSIGNED",
                "Action assigned in case " + reference(caseId) + ": " + action.title() + " (due " + due + ")", true);
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
            notifyAll(a.caseId(), mailer.recipients(a.organisation(), a.user()), "OVERDUE",
                    "Action overdue in case " + reference(a.caseId()) + ": " + a.title() + " (due " + a.due() + ")", true);
        }
        return due.size();
    }

    public List<CaseNotification> notifications(UserProfile user) {
        return work.notifications(user.username(), 100);
    }

    public void markRead(UserProfile user) {
        tx.executeWithoutResult(s -> work.markRead(user.username(), clock.instant()));
    }

    /** The overdue actions of the cases the user takes part in. */
    public List<CaseAction> overdue(UserProfile user) {
        return work.overdue(cases.caseIds(user), cases.today());
    }

    // helpers -------------------------------------------------------------------------------------

    /** The outcome's own rules: a closure's dates in order, amounts not negative, arrests not negative. */
    static void check(Outcome o) {
        List<InvalidCaseInput.Problem> problems = new ArrayList<>();
        if (o.closureFrom() != null && o.closureTo() != null && o.closureTo().isBefore(o.closureFrom())) {
            problems.add(new InvalidCaseInput.Problem("outcome.closureTo", "cases.error.beforeStart"));
        }
        if (o.taxAssessed() != null && o.taxAssessed().compareTo(BigDecimal.ZERO) < 0) {
            problems.add(new InvalidCaseInput.Problem("outcome.taxAssessed", "cases.error.negative"));
        }
        if (o.socialFines() != null && o.socialFines().compareTo(BigDecimal.ZERO) < 0) {
            problems.add(new InvalidCaseInput.Problem("outcome.socialFines", "cases.error.negative"));
        }
        if (o.arrests() < 0) {
            problems.add(new InvalidCaseInput.Problem("outcome.arrests", "cases.error.negative"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidCaseInput(problems);
        }
    }

    private String reference(UUID caseId) {
        return store.find(caseId).map(MahoCase::reference).orElse(caseId.toString());
    }

    private void notifyAll(UUID caseId, List<UserProfile> users, String kind, String text, boolean mail) {
        tx.executeWithoutResult(s -> users.forEach(u -> work.notify(new CaseNotification(UUID.randomUUID(), u.username(), caseId,
                kind, text, clock.instant(), null))));
        if (mail) {
            mailer.send(users, "[Stroomplan] " + text, text + "\n\nOpen the case in the Stroomplan platform to see more.");
        }
    }

    private void audited(AuditAction action, UUID caseId, String details) {
        audit.record(AuditRecord.of(action).object("CASE", caseId).compartment(caseId).purpose(caseId.toString())
                .legalBasis("MAHO case " + caseId).details(details).build());
    }
}
