package be.stroomplan.partners.internal.oidc;

import be.stroomplan.partners.internal.PartnerUser;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;

/**
 * Maps a validated bearer token to the local account it belongs to. Used by the API's resource
 * server when an issuer is configured. A token whose identity has no usable local account is an
 * invalid token: the API answers 401, as for a bad signature.
 */
@Component
class LocalJwtAuthenticationConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    private final OidcAccounts accounts;

    LocalJwtAuthenticationConverter(OidcAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        String issuer = jwt.getIssuer() == null ? null : jwt.getIssuer().toString();
        PartnerUser user;
        try {
            user = accounts.resolve(issuer, jwt.getSubject(), jwt);
        }
        catch (OAuth2AuthenticationException refused) {
            throw new InvalidBearerTokenException(refused.getError().getDescription(), refused);
        }
        return new LocalBearerAuthentication(user, jwt);
    }
}
