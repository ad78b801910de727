package be.stroomplan.partners.internal.oidc;

import be.stroomplan.partners.internal.PartnerUser;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * A bearer token mapped to a local account: the principal is the local {@link PartnerUser}, with
 * its organisation and its roles as authorities; the credentials are the validated token.
 */
public final class LocalBearerAuthentication extends AbstractAuthenticationToken {

    private static final long serialVersionUID = 1L;

    private final PartnerUser principal;
    private final Jwt token;

    LocalBearerAuthentication(PartnerUser principal, Jwt token) {
        super(principal.getAuthorities());
        this.principal = principal;
        this.token = token;
        setAuthenticated(true);
    }

    @Override
    public PartnerUser getPrincipal() {
        return principal;
    }

    @Override
    public Jwt getCredentials() {
        return token;
    }

    @Override
    public String getName() {
        return principal.username();
    }
}
