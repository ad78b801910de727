package be.stroomplan.dossiers;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import be.stroomplan.dossiers.internal.DossierGate;
import be.stroomplan.dossiers.internal.DossierGate.Access;
import be.stroomplan.dossiers.internal.DossierOpening;
import be.stroomplan.dossiers.internal.DossierRecordStore;
import be.stroomplan.dossiers.internal.DossierStore;
import be.stroomplan.partners.PartnerDirectory;
import be.stroomplan.partners.UserProfile;
import be.stroomplan.protocols.CompartmentKind;
import be.stroomplan.protocols.CompartmentRole;
import be.stroomplan.retention.LegalHolds;
import be.stroomplan.sharing.Compartment;
import be.stroomplan.sharing.Compartments;
import be.stroomplan.sharing.InformationItems;
import be.stroomplan.sharing.MemberType;
import be.stroomplan.subjects.Subject;
import be.stroomplan.subjects.SubjectRegister;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The KALI dossiers: open one, read it, list the readable ones, move its status, put it under
 * embargo, change its members, link it to another, approve a summary to leave the embargo. The
 * access checks run first and outside the transaction of the change (a refusal stays on record);
 * the aggregate {@link Dossier} decides the status moves.
 */
@Service
public class Dossiers {

    private final DossierStore store;
    private final DossierRecordStore records;
    private final DossierGate gate;
    private final DossierOpening opening;
    private final Compartments compartments;
    private final InformationItems items;
    private final SubjectRegister subjects;
    private final LegalHolds holds;
    private final PartnerDirectory partners;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock = Clock.systemUTC();

    Dossiers(DossierStore store, DossierRecordStore records, DossierGate gate, DossierOpening opening, Compartments compartments,
             InformationItems items, SubjectRegister subjects, LegalHolds holds, PartnerDirectory partners,
             ApplicationEventPublisher events, TransactionTemplate transaction) {
        this.store = store;
        this.records = records;
        this.gate = gate;
        this.opening = opening;
        this.compartments = compartments;
        this.items = items;
        this.subjects = subjects;
        this.holds = holds;
        this.partners = partners;
        this.events = events;
        this.transaction = transaction;
    }

    /**
     * Opens a dossier (see {@link DossierOpening} for who may and what is checked). A notice number
     * that is taken already is a conflict (409).
     */
    public Dossier open(UserProfile user, DossierDraft draft) {
        DossierOpening.Checked checked = opening.check(user, draft);
        if (store.noticeNumberTaken(checked.noticeNumber().value())) {
            throw duplicate();
        }
        try {
            return transaction.execute(status -> opening.open(user, checked));
        } catch (DuplicateKeyException e) {
            throw duplicate();
        }
    }

    private static DossierConflict duplicate() {
        return new DossierConflict("dossiers.error.duplicate", "A dossier with this notice number exists already.");
    }

    /** The dossier with everything its reader may see of it (audited as one READ). */
    public DossierDetails details(UserProfile user, String id) {
        Access access = gate.read(user, id, "dossier read");
        UUID dossierId = access.id();
        List<DossierSubject> onDossier = records.subjects(dossierId);
        Set<UUID> subjectIds = new LinkedHashSet<>();
        onDossier.forEach(s -> subjectIds.add(s.subject()));
        Map<UUID, Subject> readable = subjects.readableSubjects(user, subjectIds);
        List<DossierSubject> named = onDossier.stream().map(s -> {
            Subject subject = readable.get(s.subject());
            return new DossierSubject(s.id(), s.dossier(), s.subject(), s.category(), subject == null ? null : subject.name(),
                    subject == null ? null : subject.type().name(), s.addedBy(), s.addedAt());
        }).toList();
        List<Dossier> linked = new ArrayList<>();
        for (UUID other : store.links(dossierId)) {
            if (compartments.membership(other, user).isPresent()) {
                store.find(other).ifPresent(linked::add);
            }
        }
        return new DossierDetails(access.dossier(), access.role(), access.magistrate(), compartments.embargoed(dossierId),
                holds.active(dossierId).orElse(null), store.reports(dossierId), compartments.members(dossierId), named, linked,
                records.seizures(dossierId), records.arrests(dossierId), records.tasks(dossierId),
                records.totals(List.of(dossierId)), records.counts(dossierId));
    }

    /** One page of the dossiers the user may read (a member, with a role that reads content), optionally of one status. */
    public DossierPage page(UserProfile user, DossierStatus status, DossierStore.Sort sort, boolean ascending, int page, int size) {
        List<UUID> ids = readableIds(user);
        long total = ids.isEmpty() ? 0 : store.count(ids, status);
        List<Dossier> found = ids.isEmpty() ? List.of()
                : store.page(ids, status, sort == null ? DossierStore.Sort.CREATED : sort, ascending, size, (long) page * size);
        return new DossierPage(found, page, size, (int) Math.max(1, (total + size - 1) / size), total);
    }

    /** The ids of every dossier compartment the user is a member of (none without a content role). */
    public List<UUID> readableIds(UserProfile user) {
        if (!DossierGate.readsContent(user)) {
            return List.of();
        }
        return compartments.compartmentsOf(user).stream().map(Map.Entry::getKey)
                .filter(c -> c.kind() == CompartmentKind.DOSSIER).map(Compartment::id).toList();
    }

    /** Moves the status; the dossier’s magistrate decides. JOINED needs a target the user may read, and links the two. */
    public Dossier transition(UserProfile user, String id, String to, String reason, String judge, String joinedInto) {
        Access access = gate.magistrate(user, id, "status change");
        DossierStatus target = be.stroomplan.dossiers.internal.Fields.enumeration(new ArrayList<>(), "to", to,
                DossierStatus.class, true);
        if (target == null) {
            throw InvalidDossierInput.of("to", to == null || to.isBlank() ? "dossiers.error.required" : "dossiers.error.oneOf",
                    "OPEN, JUDICIAL_INVESTIGATION, CLOSED_DISMISSED, REFERRED_TO_COURT, JOINED");
        }
        if (reason != null && reason.length() > 2000) {
            throw InvalidDossierInput.of("reason", "dossiers.error.length", 2000);
        }
        UUID into = null;
        if (target == DossierStatus.JOINED && joinedInto != null && !joinedInto.isBlank()) {
            try {
                into = gate.known(user, joinedInto, "joined into").id();
            } catch (DossierNotFound missing) {
                throw InvalidDossierInput.of("joinedInto", "dossiers.error.joinedInto");
            }
        }
        UUID target2 = into;
        return transaction.execute(status -> {
            Dossier current = store.lock(access.id()).orElseThrow(DossierNotFound::new);
            Instant now = clock.instant();
            Dossier after = current.moveTo(target, judge, target2, now);
            if (!store.updateStatus(after)) {
                throw new DossierConflict("dossiers.error.stale", "The dossier changed meanwhile.");
            }
            records.event(after.id(), now, "STATUS_CHANGED", user.username(), current.status() + " → " + target
                    + (after.judge() != null && target == DossierStatus.JUDICIAL_INVESTIGATION ? " (" + after.judge() + ")" : "")
                    + (reason == null || reason.isBlank() ? "" : ": " + reason.strip()));
            if (target2 != null) {
                store.link(after.id(), target2, "joined", user.username(), now);
                records.event(target2, now, "LINKED", user.username(), "joined from " + after.noticeNumber());
            }
            events.publishEvent(new DossierStatusChanged(after.id(), current.status(), target, target2, now));
            return after;
        });
    }

    /** Puts the dossier under embargo or lifts it: the dossier’s magistrate only; audited by the sharing module. */
    public void embargo(UserProfile user, String id, boolean embargoed) {
        Access access = gate.magistrate(user, id, "embargo");
        transaction.executeWithoutResult(status -> {
            compartments.embargo(access.id(), embargoed);
            records.event(access.id(), clock.instant(), "EMBARGO", user.username(), embargoed ? "placed" : "lifted");
        });
    }

    /** Approves an item of the dossier as a summary that may leave the embargo: the dossier’s magistrate only. */
    public void approveSummary(UserProfile user, String id, String itemId) {
        Access access = gate.magistrate(user, id, "summary approval");
        UUID item;
        try {
            item = UUID.fromString(itemId == null ? "" : itemId.trim());
        } catch (IllegalArgumentException e) {
            throw new DossierNotFound("item");
        }
        transaction.executeWithoutResult(status -> {
            be.stroomplan.sharing.ItemRead read = items.read(user, item, access.id().toString());
            if (!read.item().compartment().equals(access.id())) {
                throw new DossierNotFound("item");
            }
            items.approveSummary(user, item, access.id().toString());
            records.event(access.id(), clock.instant(), "SUMMARY_APPROVED", user.username(), read.item().content().title());
        });
    }

    /** Adds a user as MEMBER (a MANAGER of the dossier does this); the user must be able to read content. */
    public void addMember(UserProfile user, String id, String username, CompartmentRole role) {
        Access access = gate.manager(user, id, "member added");
        UserProfile member = partners.profile(username == null ? "" : username.strip())
                .filter(p -> p.enabled() && DossierGate.readsContent(p))
                .orElseThrow(() -> InvalidDossierInput.of("username", "dossiers.error.member"));
        transaction.executeWithoutResult(status -> {
            compartments.addMember(access.id(), MemberType.USER, member.username(), role == null ? CompartmentRole.MEMBER : role);
            records.event(access.id(), clock.instant(), "MEMBER_ADDED", user.username(), member.username());
        });
    }

    /** Removes a user’s membership (a MANAGER of the dossier does this); the last MANAGER stays. */
    public void removeMember(UserProfile user, String id, String username) {
        Access access = gate.manager(user, id, "member removed");
        transaction.executeWithoutResult(status -> {
            compartments.removeMember(access.id(), MemberType.USER, username == null ? "" : username.strip());
            records.event(access.id(), clock.instant(), "MEMBER_REMOVED", user.username(), username);
        });
    }

    /** Links two dossiers the user may both know and works on the first. */
    public void link(UserProfile user, String id, String otherId, String reason) {
        Access access = gate.writer(user, id, "link");
        Access other;
        try {
            other = gate.known(user, otherId, "link target");
        } catch (DossierNotFound missing) {
            throw InvalidDossierInput.of("dossier", "dossiers.error.linkTarget");
        }
        if (other.id().equals(access.id())) {
            throw InvalidDossierInput.of("dossier", "dossiers.error.linkTarget");
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        transaction.executeWithoutResult(status -> {
            Instant now = clock.instant();
            if (store.link(access.id(), other.id(), why, user.username(), now)) {
                records.event(access.id(), now, "LINKED", user.username(), other.dossier().noticeNumber().value());
                records.event(other.id(), now, "LINKED", user.username(), access.dossier().noticeNumber().value());
            }
        });
    }

    /**
     * The subjects of every dossier that is OPEN or under JUDICIAL_INVESTIGATION, by dossier: what
     * the deconfliction module indexes. For the platform’s own use: no user, not filtered.
     */
    public Map<UUID, List<UUID>> openDossierSubjects() {
        return openDossierSubjectsImpl();
    }

    /**
     * The dossiers with these ids (unknown ids are left out). For the platform’s own use: no user,
     * not filtered, not audited. The deconfliction module shows a hit only to the dossier’s magistrate.
     */
    public List<Dossier> byIds(java.util.Collection<UUID> ids) {
        return ids.stream().distinct().map(store::find).flatMap(java.util.Optional::stream).toList();
    }

    private Map<UUID, List<UUID>> openDossierSubjectsImpl() {
        Map<UUID, List<UUID>> result = new LinkedHashMap<>();
        for (UUID[] row : store.openDossierSubjects()) {
            result.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
        }
        return result;
    }

    /** The subjects of one dossier while it is open (what deconfliction re-indexes on its events); none once it is not. */
    public List<UUID> openDossierSubjects(UUID dossier) {
        return store.openDossierSubjects(dossier);
    }
}
