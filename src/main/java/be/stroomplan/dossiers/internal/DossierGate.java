package be.stroomplan.dossiers.internal;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import be.stroomplan.audit.AuditAction;
import be.stroomplan.audit.AuditOutcome;
import be.stroomplan.audit.AuditRecord;
import be.stroomplan.audit.AuditTrail;
import be.stroomplan.dossiers.Dossier;
import be.stroomplan.dossiers.DossierNotFound;
import be.stroomplan.dossiers.DossierRefused;
import be.stroomplan.partners.Role;
import be.stroomplan.partners.UserProfile;
import be.stroomplan.protocols.CompartmentKind;
import be.stroomplan.protocols.CompartmentRole;
import be.stroomplan.protocols.DenyReason;
import be.stroomplan.sharing.Compartments;

import org.springframework.stereotype.Component;

/**
 * Who may know, read, work on and decide a dossier. Knowing a dossier takes a membership of its
 * compartment and a role that reads content; for anyone else it does not exist (404, the same as
 * a random or malformed id). Every read is audited as READ (object DOSSIER, the dossier as purpose,
 * details naming the purpose code KALI_ONDERZOEK), every refusal as DENIED. Runs outside the
 * callers’ transactions, so that a refusal stays on record.
 */
@Component
public class DossierGate {

    /** The purpose code of reading a KALI dossier (DESIGN.md §5). */
    public static final String PURPOSE = "KALI_ONDERZOEK";
    private static final Set<Role> NON_CONTENT = EnumSet.of(Role.DPO, Role.FUNCTIONAL_ADMIN, Role.PROJECT_LEAD);

    private final DossierStore dossiers;
    private final Compartments compartments;
    private final AuditTrail audit;

    DossierGate(DossierStore dossiers, Compartments compartments, AuditTrail audit) {
        this.dossiers = dossiers;
        this.compartments = compartments;
        this.audit = audit;
    }

    /** A user’s access to one dossier. */
    public record Access(Dossier dossier, CompartmentRole role, UserProfile user) {

        public UUID id() {
            return dossier.id();
        }

        public boolean writes() {
            return role.writes();
        }

        public boolean manages() {
            return role == CompartmentRole.MANAGER;
        }

        /** The dossier’s own magistrate, holding the KALI magistrate role. */
        public boolean magistrate() {
            return user.username().equals(dossier.magistrate()) && user.hasRole(Role.KALI_MAGISTRATE);
        }
    }

    /** The id, or not found when it is not a UUID: a malformed id looks like a missing one. */
    public static UUID id(String text) {
        try {
            return UUID.fromString(text == null ? "" : text.trim());
        } catch (IllegalArgumentException e) {
            throw new DossierNotFound();
        }
    }

    public static boolean readsContent(UserProfile user) {
        return user.roles().stream().anyMatch(r -> !NON_CONTENT.contains(r));
    }

    /** Reads the dossier: audited as READ with {@code what} in the details. */
    public Access read(UserProfile user, String id, String what) {
        Access access = known(user, id, what);
        audit.record(AuditRecord.of(AuditAction.READ).object("DOSSIER", access.id()).compartment(access.id())
                .purpose(access.id().toString()).legalBasis(CompartmentKind.DOSSIER.legalBasis(access.id().toString()))
                .details(PURPOSE + ": " + what).build());
        return access;
    }

    /** The access of a user who may know the dossier (no READ record: the caller audits what it does). */
    public Access known(UserProfile user, String id, String what) {
        UUID dossierId;
        try {
            dossierId = UUID.fromString(id == null ? "" : id.trim());
        } catch (IllegalArgumentException e) {
            deny(null, what + " (malformed id)");
            throw new DossierNotFound();
        }
        Optional<Dossier> dossier = dossiers.find(dossierId);
        Optional<CompartmentRole> role = dossier.isPresent() && readsContent(user)
                ? compartments.membership(dossierId, user) : Optional.empty();
        if (role.isEmpty()) {
            deny(dossierId, what + ": " + DenyReason.NOT_A_MEMBER);
            throw new DossierNotFound();
        }
        return new Access(dossier.get(), role.get(), user);
    }

    /** A MANAGER or MEMBER of the dossier; a READER is refused (403). */
    public Access writer(UserProfile user, String id, String what) {
        Access access = known(user, id, what);
        if (!access.writes()) {
            deny(access.id(), what + ": " + DenyReason.ROLE_NOT_ALLOWED);
            throw new DossierRefused(DenyReason.ROLE_NOT_ALLOWED);
        }
        return access;
    }

    /** A MANAGER of the dossier. */
    public Access manager(UserProfile user, String id, String what) {
        Access access = known(user, id, what);
        if (!access.manages()) {
            deny(access.id(), what + ": " + DenyReason.ROLE_NOT_ALLOWED);
            throw new DossierRefused(DenyReason.ROLE_NOT_ALLOWED);
        }
        return access;
    }

    /** The dossier’s magistrate. */
    public Access magistrate(UserProfile user, String id, String what) {
        Access access = known(user, id, what);
        if (!access.magistrate()) {
            deny(access.id(), what + ": " + DenyReason.ROLE_NOT_ALLOWED);
            throw new DossierRefused(DenyReason.ROLE_NOT_ALLOWED);
        }
        return access;
    }

    /** A refusal, on record in a transaction of its own. */
    public void deny(UUID dossier, String details) {
        AuditRecord.Builder record = AuditRecord.of(AuditAction.DENIED).objectType("DOSSIER").outcome(AuditOutcome.DENIED)
                .details(PURPOSE + ": " + details);
        if (dossier != null) {
            record.objectId(dossier).compartment(dossier).purpose(dossier.toString());
        }
        audit.record(record.build());
    }
}
