package be.stroomplan.controls;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import be.stroomplan.audit.AuditAction;
import be.stroomplan.audit.AuditRecord;
import be.stroomplan.audit.AuditTrail;
import be.stroomplan.platform.InvalidInput.Problem;
import be.stroomplan.controls.internal.ControlAccess;
import be.stroomplan.controls.internal.ControlAccess.Participation;
import be.stroomplan.controls.internal.ControlStore;
import be.stroomplan.controls.internal.PlanInput;
import be.stroomplan.controls.internal.TargetStore;
import be.stroomplan.dossiers.NoticeNumber;
import be.stroomplan.dossiers.SeizureKind;
import be.stroomplan.partners.UserProfile;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The field work of an action: results per target entered by each participating service for
 * itself, and the services' checklists. A target on hold or barred by the magistrate cannot be
 * visited, so no result is taken for it (409) until it is decided GO.
 */
@Service
public class ControlResults {

    static final Set<ControlStatus> RESULTS_OPEN = Set.of(ControlStatus.APPROVED, ControlStatus.EXECUTED);

    private final ControlStore store;
    private final TargetStore targets;
    private final ControlAccess access;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final Clock clock = Clock.systemUTC();

    ControlResults(ControlStore store, TargetStore targets, ControlAccess access, AuditTrail audit,
                   PlatformTransactionManager transactions) {
        this.store = store;
        this.targets = targets;
        this.access = access;
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
    }

    /** Whether the user's organisation takes part in the action as a service. */
    public boolean isService(UserProfile user, UUID actionId) {
        return store.services(actionId).stream().anyMatch(s -> s.organisation().equals(user.organisation().code()));
    }

    /** Enters the results of the user's own service for one target. */
    public ControlResult enter(UserProfile user, UUID actionId, ResultDraft draft) {
        Participation p = access.of(user, actionId);
        if (!isService(user, actionId)) {
            throw access.refused(actionId, "enter results", "NOT_A_SERVICE");
        }
        UUID targetId = null;
        try {
            targetId = draft.target() == null ? null : UUID.fromString(draft.target().trim());
        } catch (IllegalArgumentException e) {
            targetId = null;
        }
        ControlTarget target = targetId == null ? null : targets.target(actionId, targetId).orElse(null);
        if (target == null) {
            throw new InvalidControlInput("target", "controls.error.unknownTarget");
        }
        if (!target.visitable()) {
            String code = switch (target.state()) {
                case NOT_CHECKED -> "controls.error.targetNotChecked";
                case BARRED -> "controls.error.targetBarred";
                default -> "controls.error.targetOnHold";
            };
            throw new ControlConflict(code, "This target may not be visited: " + target.state() + ".");
        }
        if (!RESULTS_OPEN.contains(p.action().status())) {
            throw new ControlConflict("controls.error.resultsClosed", "Results are entered while the action is approved or executed.");
        }
        ControlResult result = checked(user, p.action(), target, draft);
        return tx.execute(status -> {
            targets.insert(result);
            audit.record(AuditRecord.of(AuditAction.CREATE).object("CONTROL_RESULT", result.id()).compartment(actionId)
                    .purpose(actionId.toString()).legalBasis("COAC action " + actionId)
                    .details("results of " + result.organisation() + " for target " + target.id()).build());
            return result;
        });
    }

    private ControlResult checked(UserProfile user, ControlAction action, ControlTarget target, ResultDraft d) {
        List<Problem> problems = new ArrayList<>();
        String findings = d.findings() == null || d.findings().isBlank() ? null : d.findings().trim();
        if (findings != null && findings.length() > 20_000) {
            problems.add(new Problem("findings", "controls.error.tooLong", 20_000));
        }
        List<String> reports = new ArrayList<>();
        List<String> given = d.officialReports() == null ? List.of() : d.officialReports();
        for (int i = 0; i < given.size(); i++) {
            String number = NoticeNumber.normalise(given.get(i));
            String problem = NoticeNumber.problem(number);
            if (problem != null) {
                problems.add(new Problem("officialReports[" + i + "]", problem));
            } else {
                reports.add(number);
            }
        }
        int violations = count(d.violations(), "violations", problems);
        int arrests = count(d.arrests(), "arrests", problems);
        BigDecimal fines = amount(d.fines(), "fines", problems);
        LocalDate closure = null;
        if (d.closureUntil() != null && !d.closureUntil().isBlank()) {
            try {
                closure = LocalDate.parse(d.closureUntil().trim());
                if (!closure.isAfter(action.startsAt().atZone(PlanInput.BRUSSELS).toLocalDate())) {
                    problems.add(new Problem("closureUntil", "controls.error.closureBeforeAction"));
                }
            } catch (DateTimeParseException e) {
                problems.add(new Problem("closureUntil", "controls.error.format.date"));
            }
        }
        String seizure = null;
        if (d.seizureKind() != null && !d.seizureKind().isBlank()) {
            try {
                seizure = SeizureKind.valueOf(d.seizureKind().trim().toUpperCase(Locale.ROOT)).name();
            } catch (IllegalArgumentException e) {
                problems.add(new Problem("seizureKind", "controls.error.oneOf",
                        String.join(", ", java.util.Arrays.stream(SeizureKind.values()).map(Enum::name).toList())));
            }
            if (d.seizureQuantity() == null && d.seizureValue() == null) {
                problems.add(new Problem("seizureQuantity", "controls.error.seizureAmount"));
            }
        }
        BigDecimal quantity = seizure == null ? null : amount(d.seizureQuantity(), "seizureQuantity", problems);
        BigDecimal value = seizure == null ? null : amount(d.seizureValue(), "seizureValue", problems);
        String violationKind = d.violationKind() == null || d.violationKind().isBlank() ? null : d.violationKind().trim();
        if (violationKind != null && violationKind.length() > 300) {
            problems.add(new Problem("violationKind", "controls.error.tooLong", 300));
        }
        if (findings == null && reports.isEmpty() && violations == 0 && arrests == 0 && closure == null && seizure == null
                && (fines == null || fines.signum() == 0) && problems.isEmpty()) {
            problems.add(new Problem("findings", "controls.error.emptyResult"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidControlInput(problems);
        }
        return new ControlResult(UUID.randomUUID(), action.id(), target.id(), user.organisation().code(), findings, reports,
                violations, violationKind, closure, seizure, quantity, value, arrests, fines, user.username(), clock.instant());
    }

    private static int count(Integer value, String field, List<Problem> problems) {
        if (value == null) {
            return 0;
        }
        if (value < 0 || value > 100_000) {
            problems.add(new Problem(field, "controls.error.count"));
            return 0;
        }
        return value;
    }

    private static BigDecimal amount(BigDecimal value, String field, List<Problem> problems) {
        if (value == null) {
            return null;
        }
        if (value.signum() < 0 || value.compareTo(new BigDecimal("1000000000")) > 0) {
            problems.add(new Problem(field, "controls.error.amount"));
            return null;
        }
        return value;
    }

    /** Ticks a line of the checklist of the user's own service (or any, for the coordinator). */
    public void check(UserProfile user, UUID actionId, UUID lineId, boolean done) {
        Participation p = access.of(user, actionId);
        String organisation = store.services(actionId).stream().flatMap(s -> s.checklist().stream())
                .filter(c -> c.id().equals(lineId)).map(ChecklistItem::organisation).findFirst()
                .orElseThrow(() -> new ControlNotFound("checklist line"));
        if (!p.coordinator() && !organisation.equals(user.organisation().code())) {
            throw access.refused(actionId, "checklist", "NOT_A_SERVICE");
        }
        tx.executeWithoutResult(status -> {
            store.check(actionId, lineId, organisation, done, user.username(), clock.instant());
            audit.record(AuditRecord.of(AuditAction.UPDATE).object("CONTROL_ACTION", actionId).compartment(actionId)
                    .purpose(actionId.toString()).legalBasis("COAC action " + actionId)
                    .details("checklist line " + lineId + (done ? " done" : " reopened")).build());
        });
    }
}
