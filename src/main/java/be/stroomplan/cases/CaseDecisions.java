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
import be.stroomplan.cases.internal.MeetingStore;
import be.stroomplan.partners.PartnerDirectory;
import be.stroomplan.partners.UserProfile;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The decision of a case: the coordinator records it (case IN_CONSULTATION, possibly in a meeting
 * that has the case on its agenda) with interventions from the catalogue, each within its legal
 * limit, and the case moves to DECIDED. Also the outcome's own rules.
 */
@Service
public class CaseDecisions {

    private final CaseStore store;
    private final CaseWorkStore work;
    private final CaseAccess access;
    private final MahoCases cases;
    private final CaseTransitions transitions;
    private final PartnerDirectory partners;
    private final MeetingStore meetings;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final Clock clock = Clock.systemUTC();

    CaseDecisions(CaseStore store, CaseWorkStore work, CaseAccess access, MahoCases cases, CaseTransitions transitions,
                  PartnerDirectory partners, MeetingStore meetings, AuditTrail audit, PlatformTransactionManager transactions) {
        this.store = store;
        this.work = work;
        this.access = access;
        this.cases = cases;
        this.transitions = transitions;
        this.partners = partners;
        this.meetings = meetings;
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
    }

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
        if (meeting != null && meetings.find(meeting).map(m -> m.agenda().stream().noneMatch(a -> a.caseId().equals(caseId)))
                .orElse(true)) {
            problems.add(new InvalidCaseInput.Problem("meeting", "cases.error.meetingNotOfCase"));
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
            transitions.record(user, kase, kase.moveTo(CaseStatus.DECIDED, "decision: " + decision.rationale(), null,
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


    private void audited(AuditAction action, UUID caseId, String details) {
        audit.record(AuditRecord.of(action).object("CASE", caseId).compartment(caseId).purpose(caseId.toString())
                .legalBasis("MAHO case " + caseId).details(details).build());
    }
}
