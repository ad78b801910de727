package be.stroomplan.partners.internal.oidc;

import be.stroomplan.partners.internal.PartnerUser;

import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * The browser login through an OpenID Connect provider: Spring Security validates the ID token
 * (and reads the user info endpoint if the provider has one), then this service maps the identity
 * to the local account and replaces the provider's scopes by the local roles. A refused identity
 * fails the login; the login page says so.
 */
@Component
class LocalOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final OidcAccounts accounts;
    private final OidcUserService delegate = new OidcUserService();

    LocalOidcUserService(OidcAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        OidcUser provided = delegate.loadUser(request);
        String issuer = provided.getIdToken().getIssuer() == null ? null : provided.getIdToken().getIssuer().toString();
        PartnerUser local = accounts.resolve(issuer, provided.getIdToken().getSubject(), provided);
        return new LocalOidcUser(local, provided.getIdToken(), provided.getUserInfo());
    }
}
