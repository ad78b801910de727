package be.stroomplan.partners.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

import be.stroomplan.partners.Clearance;
import be.stroomplan.partners.Membership;
import be.stroomplan.partners.Organisation;
import be.stroomplan.partners.Role;
import be.stroomplan.partners.Team;
import be.stroomplan.partners.internal.OrganisationStore;
import be.stroomplan.partners.internal.PartnerNotFoundException;
import be.stroomplan.partners.internal.SessionRevocation;
import be.stroomplan.partners.internal.TeamStore;
import be.stroomplan.partners.internal.UserAccount;
import be.stroomplan.partners.internal.UserStore;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The changes an administrator makes to organisations, teams, users and memberships. Each runs
 * in one transaction together with its audit record, and refuses duplicates with
 * {@link AdministrationRefused} instead of a database error.
 */
@Service
@Transactional
class PartnerAdministration {

    private final OrganisationStore organisations;
    private final TeamStore teams;
    private final UserStore users;
    private final PasswordEncoder passwordEncoder;
    private final PartnerAudit audit;
    private final SessionRevocation sessions;

    PartnerAdministration(OrganisationStore organisations, TeamStore teams, UserStore users,
                          PasswordEncoder passwordEncoder, PartnerAudit audit, SessionRevocation sessions) {
        this.organisations = organisations;
        this.teams = teams;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.sessions = sessions;
    }

    Organisation createOrganisation(OrganisationForm form) {
        if (organisations.findByCode(form.getCode()).isPresent()) {
            throw new AdministrationRefused("code", "duplicate.code");
        }
        Organisation created = unique("code", "duplicate.code", () -> organisations.create(form.getCode(),
                form.getNameNl(), form.getNameFr(), form.getNameEn(), form.getKind()));
        if (!form.isActive()) {
            created = organisations.update(created.id(), created.nameNl(), created.nameFr(), created.nameEn(), created.kind(), false);
        }
        audit.created("ORGANISATION", created.id().toString(), describe(created));
        return created;
    }

    Organisation updateOrganisation(UUID id, OrganisationForm form) {
        Organisation updated = organisations.update(id, form.getNameNl(), form.getNameFr(), form.getNameEn(),
                form.getKind(), form.isActive());
        audit.updated("ORGANISATION", id.toString(), describe(updated));
        return updated;
    }

    Team createTeam(TeamForm form) {
        if (teams.findByCode(form.getCode()).isPresent()) {
            throw new AdministrationRefused("code", "duplicate.code");
        }
        Team created = unique("code", "duplicate.code",
                () -> teams.create(form.getCode(), form.getNameNl(), form.getNameFr(), form.getNameEn()));
        audit.created("TEAM", created.id().toString(), Map.of("code", created.code(), "nameNl", created.nameNl()));
        return created;
    }

    Team updateTeam(UUID id, TeamForm form) {
        Team updated = teams.update(id, form.getNameNl(), form.getNameFr(), form.getNameEn());
        audit.updated("TEAM", id.toString(), Map.of("code", updated.code(), "nameNl", updated.nameNl()));
        return updated;
    }

    UserAccount createUser(UserForm form) {
        if (users.findByUsername(form.getUsername()).isPresent()) {
            throw new AdministrationRefused("username", "duplicate.username");
        }
        requireOrganisation(form.getOrganisationId());
        UserAccount created = unique("username", "duplicate.username", () -> users.create(form.getUsername(),
                form.getDisplayName(), form.getEmail(), form.getOrganisationId(), passwordEncoder.encode(form.getPassword())));
        audit.created("USER", created.id().toString(), describe(created));
        return created;
    }

    UserAccount updateUser(UUID id, UserForm form) {
        UserAccount existing = user(id);
        requireOrganisation(form.getOrganisationId());
        UserAccount updated = users.update(id, form.getDisplayName(), form.getEmail(), form.getOrganisationId(), existing.enabled());
        if (!existing.organisationId().equals(updated.organisationId())) {
            sessions.endSessionsOf(updated.username()); // the session acts for the old organisation
        }
        audit.updated("USER", id.toString(), describe(updated));
        return updated;
    }

    /** Enables or disables an account; administrators cannot disable their own. */
    void setEnabled(UUID id, boolean enabled, String actingUsername) {
        UserAccount account = user(id);
        if (!enabled && account.username().equals(actingUsername)) {
            throw new AdministrationRefused(null, "admin.users.cannotDisableSelf");
        }
        users.setEnabled(id, enabled);
        if (!enabled) {
            sessions.endSessionsOf(account.username());
        }
        audit.updated("USER", id.toString(), Map.of("enabled", Boolean.toString(enabled)));
    }

    void resetPassword(UUID id, String password) {
        UserAccount account = user(id);
        users.changePassword(id, passwordEncoder.encode(password));
        sessions.endSessionsOf(account.username());
        audit.updated("USER", id.toString(), Map.of("password", "reset"));
    }

    /** Sets a user's clearance. A lowered clearance takes effect at the user's next policy decision. */
    void setClearance(UUID userId, Clearance clearance) {
        user(userId);
        users.setClearance(userId, clearance);
        Map<String, String> details = new LinkedHashMap<>();
        details.put("clearance", clearance.level().name());
        details.put("validUntil", clearance.validUntil() == null ? "" : clearance.validUntil().toString());
        audit.updated("USER", userId.toString(), details);
    }

    Membership addMembership(UUID userId, UUID teamId, Role role) {
        user(userId);
        String teamCode = teamId == null ? null
                : teams.findById(teamId).map(Team::code).orElseThrow(() -> new PartnerNotFoundException("team", teamId.toString()));
        if (users.memberships(userId).stream().anyMatch(m -> m.role() == role && Objects.equals(m.teamCode(), teamCode))) {
            throw new AdministrationRefused(null, "duplicate.membership");
        }
        Membership added = unique(null, "duplicate.membership", () -> users.addMembership(userId, teamId, role));
        audit.created("MEMBERSHIP", added.id().toString(), describe(added));
        return added;
    }

    /** Removes a membership; administrators cannot take away their own administrator role. */
    void removeMembership(UUID userId, UUID membershipId, String actingUsername) {
        UserAccount account = user(userId);
        Membership membership = users.memberships(userId).stream().filter(m -> m.id().equals(membershipId)).findFirst()
                .orElseThrow(() -> new PartnerNotFoundException("membership", membershipId.toString()));
        if (membership.role() == Role.FUNCTIONAL_ADMIN && account.username().equals(actingUsername)) {
            throw new AdministrationRefused(null, "admin.users.cannotRemoveOwnAdmin");
        }
        users.removeMembership(userId, membershipId);
        sessions.endSessionsOf(account.username()); // the session still holds the removed role
        audit.deleted("MEMBERSHIP", membershipId.toString(), describe(membership));
    }

    private UserAccount user(UUID id) {
        return users.findById(id).orElseThrow(() -> new PartnerNotFoundException("user", id.toString()));
    }

    private void requireOrganisation(UUID id) {
        organisations.findById(id).orElseThrow(() -> new AdministrationRefused("organisationId", "admin.users.unknownOrganisation"));
    }

    /** A unique constraint that another request won meanwhile is a refusal too, not a server error. */
    private static <T> T unique(String field, String messageKey, Supplier<T> insert) {
        try {
            return insert.get();
        } catch (DuplicateKeyException raced) {
            throw new AdministrationRefused(field, messageKey);
        }
    }

    private static Map<String, String> describe(Organisation organisation) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("code", organisation.code());
        details.put("nameNl", organisation.nameNl());
        details.put("kind", organisation.kind().name());
        details.put("active", Boolean.toString(organisation.active()));
        return details;
    }

    private static Map<String, String> describe(UserAccount account) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("username", account.username());
        details.put("organisationId", account.organisationId().toString());
        details.put("enabled", Boolean.toString(account.enabled()));
        return details;
    }

    private static Map<String, String> describe(Membership membership) {
        Map<String, String> details = new LinkedHashMap<>();
        details.put("userId", membership.userId().toString());
        details.put("team", membership.teamCode() == null ? "" : membership.teamCode());
        details.put("role", membership.role().name());
        return details;
    }
}
