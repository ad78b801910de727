package be.stroomplan.deconfliction.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import be.stroomplan.audit.AuditAction;
import be.stroomplan.audit.AuditRecord;
import be.stroomplan.audit.AuditTrail;
import be.stroomplan.deconfliction.DeconflictionConflict;
import be.stroomplan.deconfliction.DeconflictionDecision;
import be.stroomplan.deconfliction.DeconflictionNotFound;
import be.stroomplan.deconfliction.InvalidDeconflictionInput;
import be.stroomplan.deconfliction.TicketDecided;
import be.stroomplan.dossiers.Dossier;
import be.stroomplan.dossiers.Dossiers;
import be.stroomplan.partners.PartnerDirectory;
import be.stroomplan.partners.Role;
import be.stroomplan.partners.UserProfile;
import be.stroomplan.subjects.Subject;
import be.stroomplan.subjects.SubjectRegister;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The KALI magistrate’s side: the requests that hit the dossiers of which the user is the magistrate
 * (no other magistrate sees them), a request with its hits, and the decision on a ticket. A request
 * or ticket without a hit in the user’s dossiers is unknown (404).
 */
@Component
public class MagistrateInbox {

    /** A page of the inbox. */
    public record Page(List<Line> lines, int page, int size, int totalPages, long total) {
    }

    /** One request of the inbox, with how long it has waited. */
    public record Line(UUID request, String requester, String requesterName, String organisation, String purpose,
                       Instant requestedAt, Duration waiting, int tickets, int pending) {
    }

    /** A request as its magistrate sees it. */
    public record Details(UUID id, String requester, String requesterName, String organisation, String purpose,
                          String description, Instant from, Instant to, boolean address, String reference, int items,
                          Instant requestedAt, Duration waiting, List<HitView> hits) {
    }

    /** One hit: the ticket, the identifier’s type and position, the dossier and subject, the decision so far. */
    public record HitView(UUID ticket, int index, String kind, UUID dossier, String noticeNumber, String dossierTitle,
                          UUID subject, String subjectName, DeconflictionDecision decision, String conditions,
                          LocalDate postponedUntil, String decidedBy, Instant decidedAt) {
    }

    private final TicketStore tickets;
    private final Dossiers dossiers;
    private final SubjectRegister subjects;
    private final PartnerDirectory partners;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock = Clock.systemUTC();

    MagistrateInbox(TicketStore tickets, Dossiers dossiers, SubjectRegister subjects, PartnerDirectory partners, AuditTrail audit,
                    ApplicationEventPublisher events, TransactionTemplate transaction) {
        this.tickets = tickets;
        this.dossiers = dossiers;
        this.subjects = subjects;
        this.partners = partners;
        this.audit = audit;
        this.events = events;
        this.transaction = transaction;
    }

    /** The dossiers of which the user is the magistrate (and a member). */
    public Map<UUID, Dossier> dossiersOf(UserProfile user) {
        Map<UUID, Dossier> result = new HashMap<>();
        if (user == null || !user.hasRole(Role.KALI_MAGISTRATE)) {
            return result;
        }
        for (Dossier dossier : dossiers.byIds(dossiers.readableIds(user))) {
            if (user.username().equals(dossier.magistrate())) {
                result.put(dossier.id(), dossier);
            }
        }
        return result;
    }

    public Page page(UserProfile user, boolean oldestFirst, int page, int size) {
        Set<UUID> mine = dossiersOf(user).keySet();
        if (mine.isEmpty()) {
            return new Page(List.of(), page, size, 1, 0);
        }
        long total = tickets.countInbox(mine);
        Instant now = clock.instant();
        List<Line> lines = tickets.inbox(mine, oldestFirst, size, (long) page * size).stream()
                .map(l -> new Line(l.request(), l.requester(), name(l.requester()), l.requesterOrganisation(), l.purpose(),
                        l.requestedAt(), Duration.between(l.requestedAt(), now), l.tickets(), l.pending())).toList();
        return new Page(lines, page, size, (int) Math.max(1, (total + size - 1) / size), total);
    }

    /** The number of tickets waiting for the user’s decision. */
    public long pending(UserProfile user) {
        Set<UUID> mine = dossiersOf(user).keySet();
        return mine.isEmpty() ? 0 : tickets.countPending(mine);
    }

    public Details request(UserProfile user, UUID id) {
        Map<UUID, Dossier> mine = dossiersOf(user);
        TicketStore.Request request = tickets.request(id).orElseThrow(() -> new DeconflictionNotFound("request"));
        List<TicketStore.Hit> hits = mine.isEmpty() ? List.of() : tickets.hits(id, mine.keySet());
        if (hits.isEmpty()) {
            throw new DeconflictionNotFound("request");
        }
        Set<UUID> subjectIds = new LinkedHashSet<>();
        hits.forEach(h -> subjectIds.add(h.subject()));
        Map<UUID, Subject> named = subjects.readableSubjects(user, subjectIds);
        List<HitView> views = new ArrayList<>();
        for (TicketStore.Hit hit : hits) {
            Dossier dossier = mine.get(hit.dossier());
            Subject subject = named.get(hit.subject());
            views.add(new HitView(hit.ticket(), hit.index(), hit.kind(), hit.dossier(), dossier.noticeNumber().value(),
                    dossier.title(), hit.subject(), subject == null ? null : subject.name(), hit.decision(), hit.conditions(),
                    hit.postponedUntil(), hit.decidedBy(), hit.decidedAt()));
        }
        hits.stream().map(TicketStore.Hit::dossier).distinct().forEach(dossier -> audit.record(AuditRecord.of(AuditAction.READ)
                .object("DECONFLICTION_REQUEST", id).compartment(dossier).purpose("deconfliction decision")
                .legalBasis("KALI dossier " + dossier).details("deconfliction request read by its magistrate").build()));
        return new Details(request.id(), request.requester(), name(request.requester()), request.requesterOrganisation(),
                request.purpose(), request.description(), request.from(), request.to(), request.address(), request.reference(),
                request.items(), request.requestedAt(), Duration.between(request.requestedAt(), clock.instant()), views);
    }

    /** Decides a ticket; returns the id of its request. */
    public UUID decide(UserProfile user, UUID ticket, String decisionCode, String conditions, LocalDate postponedUntil) {
        Map<UUID, Dossier> mine = dossiersOf(user);
        UUID request = mine.isEmpty() ? null : tickets.requestOf(ticket, mine.keySet()).orElse(null);
        if (request == null) {
            throw new DeconflictionNotFound("ticket");
        }
        DeconflictionDecision decision = validDecision(decisionCode, conditions, postponedUntil);
        String text = conditions == null || conditions.isBlank() ? null : conditions.strip();
        LocalDate until = decision == DeconflictionDecision.POSTPONE ? postponedUntil : null;
        Instant now = clock.instant();
        transaction.executeWithoutResult(status -> {
            if (!tickets.decide(ticket, decision, text, until, user.username(), now)) {
                throw new DeconflictionConflict("deconfliction.error.decided", "This ticket is decided already.");
            }
            TicketStore.Decided decided = tickets.decided(ticket);
            audit.record(AuditRecord.of(AuditAction.DECIDE).object("DECONFLICTION_TICKET", ticket).purpose("deconfliction decision")
                    .recipients(decided.requester()).details("decision " + decision).build());
            events.publishEvent(new TicketDecided(ticket, decided.requester(), decided.reference(), decision, text, until, now));
        });
        return request;
    }

    private static DeconflictionDecision validDecision(String code, String conditions, LocalDate until) {
        DeconflictionDecision decision;
        try {
            decision = DeconflictionDecision.valueOf(code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidDeconflictionInput("decision", code == null || code.isBlank() ? "deconfliction.error.required"
                    : "deconfliction.error.decision");
        }
        if (conditions != null && conditions.length() > 4000) {
            throw new InvalidDeconflictionInput("conditions", "deconfliction.error.length", 4000);
        }
        if (decision == DeconflictionDecision.GO_WITH_CONDITIONS && (conditions == null || conditions.isBlank())) {
            throw new InvalidDeconflictionInput("conditions", "deconfliction.error.conditions");
        }
        if (decision == DeconflictionDecision.POSTPONE && until == null) {
            throw new InvalidDeconflictionInput("postponedUntil", "deconfliction.error.postponedUntil");
        }
        return decision;
    }

    private String name(String username) {
        return partners.profile(username).map(UserProfile::displayName).orElse(username);
    }
}
