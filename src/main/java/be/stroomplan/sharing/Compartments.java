package be.stroomplan.sharing;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import be.stroomplan.audit.AuditAction;
import be.stroomplan.audit.AuditRecord;
import be.stroomplan.audit.AuditTrail;
import be.stroomplan.partners.PartnerDirectory;
import be.stroomplan.partners.Team;
import be.stroomplan.partners.UserProfile;
import be.stroomplan.platform.Actor;
import be.stroomplan.platform.CurrentActor;
import be.stroomplan.protocols.CompartmentKind;
import be.stroomplan.protocols.CompartmentRole;
import be.stroomplan.sharing.internal.CompartmentStore;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compartments and their membership. Later modules open their compartments here (a dossier, a
 * case, an action); membership is by user name, team code or organisation code, and a user's
 * role in a compartment is the strongest of the memberships that match them. Every change is
 * audited. The callers check who may change what (the API lets only a MANAGER change members).
 */
@Service
@Transactional
public class Compartments {

    private final CompartmentStore store;
    private final PartnerDirectory partners;
    private final AuditTrail audit;
    private final Clock clock = Clock.systemUTC();

    Compartments(CompartmentStore store, PartnerDirectory partners, AuditTrail audit) {
        this.store = store;
        this.partners = partners;
        this.audit = audit;
    }

    /**
     * Opens a compartment owned by {@code ownerOrganisation}; the actor (unless the platform itself)
     * becomes its MANAGER. Returns its id.
     */
    public UUID open(CompartmentKind kind, String title, String ownerOrganisation, String reference, Actor actor) {
        if (title == null || title.isBlank()) {
            throw new InvalidSharingInput("title", "is required");
        }
        if (ownerOrganisation == null || partners.organisation(ownerOrganisation).isEmpty()) {
            throw new InvalidSharingInput("ownerOrganisation", "is not a known organisation");
        }
        Compartment compartment = new Compartment(UUID.randomUUID(), kind, title.trim(), ownerOrganisation,
                reference == null || reference.isBlank() ? null : reference.trim(), actor.username(), clock.instant(), null);
        store.insert(compartment);
        if (!"system".equals(actor.username())) {
            store.putMember(compartment.id(), MemberType.USER, actor.username(), CompartmentRole.MANAGER, actor.username(),
                    clock.instant());
        }
        audit.record(AuditRecord.of(AuditAction.CREATE).object("COMPARTMENT", compartment.id()).compartment(compartment.id())
                .legalBasis(kind.legalBasis(compartment.id().toString())).details(kind + " opened").actor(actor).build());
        return compartment.id();
    }

    /** Adds a member, or changes the role of an existing membership. */
    public void addMember(UUID compartmentId, MemberType type, String memberId, CompartmentRole role) {
        Compartment compartment = existing(compartmentId);
        String id = checkedMember(type, memberId);
        store.lock(compartmentId);
        if (role != CompartmentRole.MANAGER) {
            refuseLosingLastManager(compartmentId, type, id);
        }
        String by = CurrentActor.get().username();
        store.putMember(compartmentId, type, id, role, by, clock.instant());
        audit.record(AuditRecord.of(AuditAction.UPDATE).object("COMPARTMENT", compartmentId).compartment(compartmentId)
                .legalBasis(compartment.kind().legalBasis(compartmentId.toString()))
                .details("member " + type + " " + id + " as " + role).build());
    }

    /** Removes a membership; the last MANAGER cannot be removed. */
    public void removeMember(UUID compartmentId, MemberType type, String memberId) {
        Compartment compartment = existing(compartmentId);
        store.lock(compartmentId);
        refuseLosingLastManager(compartmentId, type, memberId);
        if (store.removeMember(compartmentId, type, memberId) == 0) {
            throw new SharingNotFound("membership");
        }
        audit.record(AuditRecord.of(AuditAction.UPDATE).object("COMPARTMENT", compartmentId).compartment(compartmentId)
                .legalBasis(compartment.kind().legalBasis(compartmentId.toString()))
                .details("member " + type + " " + memberId + " removed").build());
    }

    /**
     * Puts a compartment under embargo or lifts it (audited). While under embargo the policy
     * decision point lets nothing leave it except summaries a magistrate approved; the caller
     * checks who may order it (the dossiers module: the dossier's magistrate).
     */
    public void embargo(UUID compartmentId, boolean embargoed) {
        Compartment compartment = existing(compartmentId);
        store.lock(compartmentId);
        store.embargo(compartmentId, embargoed);
        audit.record(AuditRecord.of(AuditAction.UPDATE).object("COMPARTMENT", compartmentId).compartment(compartmentId)
                .purpose(compartmentId.toString()).legalBasis(compartment.kind().legalBasis(compartmentId.toString()))
                .details(embargoed ? "embargo placed" : "embargo lifted").build());
    }

    /** Whether the compartment is under embargo. */
    @Transactional(readOnly = true)
    public boolean embargoed(UUID compartmentId) {
        return store.embargoed(compartmentId);
    }

    /**
     * Makes the compartment require each user's acknowledgement of its confidentiality (a MAHO case,
     * Criminal Code art. 458ter) before the policy decision point lets them read, write or disclose
     * any of its content. Audited.
     */
    public void requireAcknowledgement(UUID compartmentId) {
        Compartment compartment = existing(compartmentId);
        store.requireAcknowledgement(compartmentId);
        audit.record(AuditRecord.of(AuditAction.UPDATE).object("COMPARTMENT", compartmentId).compartment(compartmentId)
                .legalBasis(compartment.kind().legalBasis(compartmentId.toString()))
                .details("confidentiality acknowledgement required").build());
    }

    /**
     * Records the user's acknowledgement of the compartment's confidentiality (text version
     * {@code textVersion}); a second acknowledgement keeps the first. Only a member acknowledges:
     * anyone else gets not found. Audited (an UPDATE of the compartment with the text version).
     */
    public Acknowledgement acknowledge(UUID compartmentId, UserProfile user, String textVersion) {
        return acknowledge(compartmentId, user, textVersion, CurrentActor.get());
    }

    /** {@link #acknowledge(UUID, UserProfile, String)} recorded for {@code actor} (demo data, imports). */
    public Acknowledgement acknowledge(UUID compartmentId, UserProfile user, String textVersion, Actor actor) {
        Compartment compartment = existing(compartmentId);
        if (membership(compartmentId, user).isEmpty()) {
            throw new SharingNotFound("compartment");
        }
        Acknowledgement given = new Acknowledgement(UUID.randomUUID(), compartmentId, user.username(), clock.instant(),
                textVersion == null || textVersion.isBlank() ? "1" : textVersion.trim());
        if (!store.acknowledge(given)) {
            return store.acknowledgement(compartmentId, user.username()).orElseThrow();
        }
        audit.record(AuditRecord.of(AuditAction.UPDATE).object("COMPARTMENT", compartmentId).compartment(compartmentId)
                .legalBasis(compartment.kind().legalBasis(compartmentId.toString()))
                .details("confidentiality acknowledged (art. 458ter Sw., text version " + given.textVersion() + ")").actor(actor)
                .build());
        return given;
    }

    /** Whether the user may see the compartment's content as far as confidentiality goes: none required, or given. */
    @Transactional(readOnly = true)
    public boolean acknowledged(UUID compartmentId, UserProfile user) {
        return store.unacknowledged(user.username(), List.of(compartmentId)).isEmpty();
    }

    /** The user's acknowledgement of the compartment, if given. */
    @Transactional(readOnly = true)
    public Optional<Acknowledgement> acknowledgement(UUID compartmentId, String username) {
        return store.acknowledgement(compartmentId, username);
    }

    /** The user's effective role in the compartment; empty when not a member (or no such compartment). */
    @Transactional(readOnly = true)
    public Optional<CompartmentRole> membership(UUID compartmentId, UserProfile user) {
        return Optional.ofNullable(store.roles(user, List.of(compartmentId)).get(compartmentId));
    }

    /**
     * The compartments the user is a member of and may see the content of (a compartment that
     * requires a confidentiality acknowledgement the user has not given is left out), newest first,
     * with the user's role.
     */
    @Transactional(readOnly = true)
    public List<Map.Entry<Compartment, CompartmentRole>> compartmentsOf(UserProfile user) {
        return store.ofUser(user, Integer.MAX_VALUE, 0);
    }

    /**
     * The ids of the compartments of one kind the user is a member of, whether or not the user has
     * acknowledged their confidentiality (a MAHO case lists the cases a participant was invited to).
     */
    @Transactional(readOnly = true)
    public List<UUID> memberships(UserProfile user, CompartmentKind kind) {
        return store.memberships(user, kind);
    }

    /** One page of {@link #compartmentsOf}, and the total. */
    public record CompartmentPage(List<Map.Entry<Compartment, CompartmentRole>> items, int page, int size, int totalPages,
                                  long totalItems) {
    }

    @Transactional(readOnly = true)
    public CompartmentPage compartmentsOf(UserProfile user, int page, int size) {
        long total = store.countOfUser(user);
        return new CompartmentPage(store.ofUser(user, size, (long) page * size), page, size,
                (int) Math.max(1, (total + size - 1) / size), total);
    }

    @Transactional(readOnly = true)
    public Optional<Compartment> find(UUID compartmentId) {
        return store.find(compartmentId);
    }

    @Transactional(readOnly = true)
    public List<CompartmentMember> members(UUID compartmentId) {
        return store.members(compartmentId);
    }

    private Compartment existing(UUID compartmentId) {
        return store.find(compartmentId).orElseThrow(() -> new SharingNotFound("compartment"));
    }

    private void refuseLosingLastManager(UUID compartmentId, MemberType type, String memberId) {
        List<CompartmentMember> managers = store.members(compartmentId).stream()
                .filter(m -> m.role() == CompartmentRole.MANAGER).toList();
        if (managers.size() == 1 && managers.get(0).type() == type && managers.get(0).id().equals(memberId)) {
            throw new SharingConflict("sharing.error.lastManager", "A compartment keeps at least one manager.");
        }
    }

    private String checkedMember(MemberType type, String memberId) {
        if (type == null) {
            throw new InvalidSharingInput("type", "must be USER, TEAM or ORGANISATION");
        }
        if (memberId == null || memberId.isBlank()) {
            throw new InvalidSharingInput("id", "is required");
        }
        String id = memberId.trim();
        boolean known = switch (type) {
            case USER -> partners.profile(id).isPresent();
            case TEAM -> partners.teams().stream().map(Team::code).anyMatch(id::equals);
            case ORGANISATION -> partners.organisation(id).isPresent();
        };
        if (!known) {
            throw new InvalidSharingInput("id", "is not a known " + type.name().toLowerCase());
        }
        return id;
    }
}
