package be.stroomplan.controls;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import be.stroomplan.audit.AuditAction;
import be.stroomplan.audit.AuditRecord;
import be.stroomplan.audit.AuditTrail;
import be.stroomplan.controls.internal.BriefingPdf;
import be.stroomplan.controls.internal.ControlAccess;
import be.stroomplan.controls.internal.ControlAccess.Participation;
import be.stroomplan.controls.internal.ControlStore;
import be.stroomplan.controls.internal.PlanInput;
import be.stroomplan.controls.internal.ResultFeedback;
import be.stroomplan.controls.internal.TargetDeconfliction;
import be.stroomplan.controls.internal.TargetIntake;
import be.stroomplan.controls.internal.TargetStore;
import be.stroomplan.partners.Role;
import be.stroomplan.partners.UserProfile;
import be.stroomplan.platform.CurrentActor;
import be.stroomplan.protocols.CompartmentKind;
import be.stroomplan.protocols.CompartmentRole;
import be.stroomplan.sharing.Compartments;
import be.stroomplan.sharing.MemberType;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * COAC control actions: planning, the record, the calendar and list, the lifecycle with the
 * deconfliction of the targets at submission, the briefing and the figures for the impact
 * dashboard. Who may do what is checked first (a refusal is on record on its own), then the work
 * runs in one transaction: a plan with one bad target writes nothing.
 */
@Service
public class Controls {

    private final ControlStore store;
    private final TargetStore targets;
    private final ControlAccess access;
    private final PlanInput input;
    private final TargetIntake intake;
    private final TargetDeconfliction deconfliction;
    private final ResultFeedback feedback;
    private final BriefingPdf briefing;
    private final Compartments compartments;
    private final AuditTrail audit;
    private final TransactionTemplate tx;
    private final Clock clock = Clock.systemUTC();

    Controls(ControlStore store, TargetStore targets, ControlAccess access, PlanInput input, TargetIntake intake,
             TargetDeconfliction deconfliction, ResultFeedback feedback, BriefingPdf briefing, Compartments compartments,
             AuditTrail audit, PlatformTransactionManager transactions) {
        this.store = store;
        this.targets = targets;
        this.access = access;
        this.input = input;
        this.intake = intake;
        this.deconfliction = deconfliction;
        this.feedback = feedback;
        this.briefing = briefing;
        this.compartments = compartments;
        this.audit = audit;
        this.tx = new TransactionTemplate(transactions);
    }

    /** Whether the user may plan actions: a COAC coordinator. */
    public static boolean mayPlan(UserProfile user) {
        return user.hasRole(Role.COAC_COORDINATOR);
    }

    // planning ------------------------------------------------------------------------------------

    /**
     * Plans an action: opens its compartment (kind ACTION, the planner MANAGER), makes every service
     * an ORGANISATION member, takes the targets (existing subjects the planner may read, or new ones
     * recorded in the action), links the cases and dossiers. All or nothing.
     */
    public ControlAction plan(UserProfile user, ControlDraft draft) {
        if (!mayPlan(user)) {
            throw access.refused(null, "plan", "ROLE_NOT_ALLOWED");
        }
        PlanInput.Plan plan = input.check(user, draft);
        return tx.execute(status -> {
            String reference = store.nextReference(LocalDate.now(clock.withZone(PlanInput.BRUSSELS)).getYear());
            UUID id = compartments.open(CompartmentKind.ACTION, plan.name(), user.organisation().code(), reference, CurrentActor.get());
            ControlAction action = new ControlAction(id, reference, plan.name(), plan.type(), plan.startsAt(), plan.endsAt(),
                    plan.area(), ControlStatus.PLANNED, user.username(), user.organisation().code(), clock.instant(), 0);
            store.insert(action);
            for (ControlDraft.ServiceDraft s : plan.services().values()) {
                compartments.addMember(id, MemberType.ORGANISATION, s.organisation(), CompartmentRole.MEMBER);
                store.addService(id, s.organisation(), s.staff(), s.checklist());
            }
            plan.links().forEach((compartment, kind) -> store.addLink(id, compartment, kind));
            for (int i = 0; i < draft.targets().size(); i++) {
                targets.insert(intake.take(user, id, draft.targets().get(i), "targets[" + i + "]."));
            }
            store.addTransition(id, new ControlTransition(UUID.randomUUID(), null, ControlStatus.PLANNED, "planned",
                    user.username(), user.organisation().code(), clock.instant()));
            audit.record(AuditRecord.of(AuditAction.CREATE).object("CONTROL_ACTION", id).compartment(id).purpose(id.toString())
                    .legalBasis("COAC action " + id).recipients(List.copyOf(plan.services().keySet()))
                    .details("control action " + reference + " planned, " + draft.targets().size() + " targets").build());
            return action;
        });
    }

    /** Adds a target while the action is PLANNED (coordinator only). */
    public ControlTarget addTarget(UserProfile user, UUID actionId, ControlDraft.TargetDraft draft) {
        Participation p = access.coordinator(user, actionId, "add target");
        if (p.action().status() != ControlStatus.PLANNED) {
            throw new ControlConflict("controls.error.targetsFrozen", "Targets can only be added while the action is planned.");
        }
        return tx.execute(status -> {
            ControlTarget target = intake.take(user, actionId, draft, "");
            targets.insert(target);
            audit.record(AuditRecord.of(AuditAction.UPDATE).object("CONTROL_ACTION", actionId).compartment(actionId)
                    .purpose(actionId.toString()).legalBasis("COAC action " + actionId).details("target " + target.kind() + " added")
                    .build());
            return target;
        });
    }

    // reading -------------------------------------------------------------------------------------

    /** The action as the participant sees it (audited READ). */
    public ControlView read(UserProfile user, UUID actionId) {
        Participation p = access.of(user, actionId);
        return tx.execute(status -> {
            audit.record(AuditRecord.of(AuditAction.READ).object("CONTROL_ACTION", actionId).compartment(actionId)
                    .purpose(actionId.toString()).legalBasis("COAC action " + actionId).details("control action record").build());
            return view(user, p);
        });
    }

    private ControlView view(UserProfile user, Participation p) {
        UUID id = p.action().id();
        List<ControlLink> links = new ArrayList<>();
        store.links(id).forEach((compartment, kind) -> links.add(new ControlLink(compartment, kind,
                compartments.membership(compartment, user).isPresent()
                        ? compartments.find(compartment).map(c -> c.reference() == null ? c.title() : c.reference() + " " + c.title())
                        .orElse("") : null)));
        return new ControlView(p.action(), targets.targets(id), store.services(id), links, store.history(id), targets.results(id),
                targets.feedback(id), p.coordinator() ? deconfliction.clashes(user, id) : List.of(), p.coordinator());
    }

    /** One page of the actions the user takes part in. */
    public ControlPage list(UserProfile user, String sort, boolean ascending, int page, int size) {
        List<UUID> ids = compartments.memberships(user, CompartmentKind.ACTION);
        var result = store.page(ids, sort, ascending, page, size);
        return new ControlPage(result.getKey(), page, size, result.getValue(), (int) Math.max(1, (result.getValue() + size - 1) / size));
    }

    /** The user's actions that overlap a month (Brussels), by start. */
    public List<ControlAction> month(UserProfile user, YearMonth month) {
        Instant from = month.atDay(1).atStartOfDay(PlanInput.BRUSSELS).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(PlanInput.BRUSSELS).toInstant();
        return store.between(compartments.memberships(user, CompartmentKind.ACTION), from, to);
    }

    /** The briefing as PDF; audited as an export. */
    public byte[] briefing(UserProfile user, UUID actionId, Locale locale) {
        Participation p = access.of(user, actionId);
        ControlView view = view(user, p);
        byte[] pdf = briefing.render(view, locale);
        tx.executeWithoutResult(status -> audit.record(AuditRecord.of(AuditAction.EXPORT).object("CONTROL_ACTION", actionId)
                .compartment(actionId).purpose(actionId.toString()).legalBasis("COAC action " + actionId)
                .details("briefing PDF, " + view.targets().size() + " targets").build()));
        return pdf;
    }

    // lifecycle -----------------------------------------------------------------------------------

    /**
     * Moves the action (coordinator only). DECONFLICTED checks every target; APPROVED needs every
     * ticket decided; REPORTED needs results and then lets them flow (after the move is committed,
     * so that a refused disclosure never undoes the report); EXECUTED, REPORTED and CANCELLED
     * withdraw the action from operational deconfliction.
     */
    public ControlAction transition(UserProfile user, UUID actionId, ControlStatus to, String reason) {
        Participation p = access.coordinator(user, actionId, "transition");
        if (to == ControlStatus.CANCELLED && (reason == null || reason.isBlank())) {
            throw new InvalidControlInput("reason", "controls.error.required");
        }
        ControlAction moved = tx.execute(status -> {
            ControlAction before = store.find(actionId).orElseThrow();
            ControlAction after = before.moveTo(to);
            List<ControlTarget> all = targets.targets(actionId);
            if (to == ControlStatus.DECONFLICTED) {
                if (all.isEmpty()) {
                    throw new ControlConflict("controls.error.noTargets", "An action needs at least one target to be submitted.");
                }
                deconfliction.submit(user, before, all);
            }
            if (to == ControlStatus.APPROVED && all.stream().anyMatch(t -> t.state() == ControlTarget.State.ON_HOLD)) {
                throw new ControlConflict("controls.error.pendingTickets",
                        "A target is still on hold: the magistrate has not decided yet.");
            }
            if (to == ControlStatus.REPORTED && targets.results(actionId).isEmpty()) {
                throw new ControlConflict("controls.error.noResults", "Enter the results before reporting.");
            }
            if (!store.updateStatus(after)) {
                throw new ControlConflict("controls.error.stale", "The action was changed meanwhile; reload it and try again.");
            }
            String why = reason == null || reason.isBlank() ? "—" : reason.trim();
            store.addTransition(actionId, new ControlTransition(UUID.randomUUID(), before.status(), to, why, user.username(),
                    user.organisation().code(), clock.instant()));
            audit.record(AuditRecord.of(AuditAction.UPDATE).object("CONTROL_ACTION", actionId).compartment(actionId)
                    .purpose(actionId.toString()).legalBasis("COAC action " + actionId)
                    .details(before.status() + " -> " + to + ": " + why).build());
            if (to.finished() && before.status() != ControlStatus.PLANNED) {
                deconfliction.withdraw(actionId);
            }
            return after;
        });
        if (to == ControlStatus.REPORTED) {
            feedback.report(moved, targets.targets(actionId), targets.results(actionId), store.links(actionId));
        }
        return store.find(actionId).orElseThrow();
    }

    // figures -------------------------------------------------------------------------------------

    /** The figures of the actions that start between the two dates (Brussels, both included). */
    public ControlFigures figures(LocalDate from, LocalDate to) {
        var totals = targets.totals(from.atStartOfDay(PlanInput.BRUSSELS).toInstant(),
                to.plusDays(1).atStartOfDay(PlanInput.BRUSSELS).toInstant(), null, null);
        double share = totals.checked() == 0 ? 0 : (double) totals.onHold() / totals.checked();
        return new ControlFigures(from, to, totals.executed(), totals.checked(), totals.onHold(), share, totals.violations(),
                totals.reports(), totals.closures(), totals.arrests(), totals.fines(), totals.seizureValue());
    }

    /** The participation of the user in an action, without reading it (for the pages). */
    public Participation participation(UserProfile user, UUID actionId) {
        return access.of(user, actionId);
    }
}
