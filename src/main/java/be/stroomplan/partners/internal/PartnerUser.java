package be.stroomplan.partners.internal;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import be.stroomplan.partners.Role;
import be.stroomplan.platform.ActorPrincipal;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The authenticated principal of a password login: a user, the organisation it acts for, and its
 * roles as authorities. Serializable, because sessions are stored in the database.
 */
public final class PartnerUser implements UserDetails, CredentialsContainer, ActorPrincipal {

    private static final long serialVersionUID = 1L;

    private final String username;
    private final String organisationCode;
    private final List<String> roles;
    private final boolean enabled;
    private String passwordHash;

    public PartnerUser(String username, String organisationCode, Set<Role> roles, boolean enabled, String passwordHash) {
        this.username = username;
        this.organisationCode = organisationCode;
        this.roles = roles.stream().map(Role::name).sorted().toList();
        this.enabled = enabled;
        this.passwordHash = passwordHash;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String username() {
        return username;
    }

    @Override
    public String organisationCode() {
        return organisationCode;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PartnerUser user && user.username.equals(username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return "PartnerUser[" + username + "@" + organisationCode + "]";
    }
}
