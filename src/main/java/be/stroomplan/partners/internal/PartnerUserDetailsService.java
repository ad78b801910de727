package be.stroomplan.partners.internal;

import be.stroomplan.partners.Organisation;
import be.stroomplan.partners.Role;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads users of the built-in identity store for password logins. */
@Service
public class PartnerUserDetailsService implements UserDetailsService {

    private final UserStore users;
    private final OrganisationStore organisations;

    PartnerUserDetailsService(UserStore users, OrganisationStore organisations) {
        this.users = users;
        this.organisations = organisations;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = users.findByUsername(username == null ? "" : username.trim().toLowerCase())
                .filter(candidate -> candidate.passwordHash() != null) // accounts that log in through OIDC only
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        return principal(account);
    }

    PartnerUser principal(UserAccount account) {
        Organisation organisation = organisations.findById(account.organisationId()).orElseThrow();
        Set<Role> roles = users.memberships(account.id()).stream().map(m -> m.role()).collect(Collectors.toSet());
        boolean enabled = account.enabled() && organisation.active();
        return new PartnerUser(account.username(), organisation.code(), roles, enabled, account.passwordHash());
    }
}
