package be.stroomplan.partners.internal.oidc;

import java.util.Objects;

import be.stroomplan.partners.internal.PartnerUser;
import be.stroomplan.platform.ActorPrincipal;

import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.StandardClaimNames;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * The principal of a browser login through an OpenID Connect provider: the provider's ID token,
 * with the local account's name, organisation and roles. Its name is the local user name, not the
 * provider's subject. Serializable, because sessions are stored in the database.
 */
public final class LocalOidcUser extends DefaultOidcUser implements ActorPrincipal {

    private static final long serialVersionUID = 1L;

    private final String username;
    private final String organisationCode;

    LocalOidcUser(PartnerUser local, OidcIdToken idToken, OidcUserInfo userInfo) {
        super(local.getAuthorities(), idToken, userInfo, StandardClaimNames.SUB);
        this.username = local.username();
        this.organisationCode = local.organisationCode();
    }

    @Override
    public String getName() {
        return username;
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
        return other instanceof LocalOidcUser user && super.equals(other) && user.username.equals(username)
                && Objects.equals(user.organisationCode, organisationCode);
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + username.hashCode();
    }

    @Override
    public String toString() {
        return "LocalOidcUser[" + username + "@" + organisationCode + "]";
    }
}
