package be.stroomplan.partners;

import java.util.List;
import java.util.Optional;

import be.stroomplan.partners.internal.OrganisationStore;
import be.stroomplan.partners.internal.TeamStore;
import be.stroomplan.partners.internal.UserAccount;
import be.stroomplan.partners.internal.UserStore;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The module's API: who a user is, which organisations and teams exist. Read-only; changes go
 * through the administrator screens of this module.
 */
@Service
@Transactional(readOnly = true)
public class PartnerDirectory {

    private final OrganisationStore organisations;
    private final TeamStore teams;
    private final UserStore users;

    PartnerDirectory(OrganisationStore organisations, TeamStore teams, UserStore users) {
        this.organisations = organisations;
        this.teams = teams;
        this.users = users;
    }

    /** The profile of an existing user, enabled or not. */
    public Optional<UserProfile> profile(String username) {
        return users.findByUsername(username).map(this::profile);
    }

    public List<Organisation> organisations() {
        return organisations.findAll();
    }

    public Optional<Organisation> organisation(String code) {
        return organisations.findByCode(code);
    }

    public List<Team> teams() {
        return teams.findAll();
    }

    /** The enabled users holding the role (in any team), by user name. */
    public List<UserProfile> holdersOf(Role role) {
        return enabledUsers().filter(p -> p.hasRole(role)).toList();
    }

    /** The enabled users of an organisation, by user name. */
    public List<UserProfile> usersOf(String organisationCode) {
        return enabledUsers().filter(p -> p.organisation().code().equals(organisationCode)).toList();
    }

    private java.util.stream.Stream<UserProfile> enabledUsers() {
        return users.findPage(0, (int) Math.max(1, users.count())).stream().map(this::profile).filter(UserProfile::enabled)
                .sorted(java.util.Comparator.comparing(UserProfile::username));
    }

    UserProfile profile(UserAccount account) {
        Organisation organisation = organisations.findById(account.organisationId()).orElseThrow();
        return new UserProfile(account.id(), account.username(), account.displayName(), account.email(),
                account.enabled(), organisation, users.memberships(account.id()),
                users.clearance(account.id()));
    }
}
