package be.stroomplan.partners.internal.oidc;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a token of an OpenID Connect provider is mapped to a local account, under
 * {@code stroomplan.oidc}. OIDC itself is switched on by Spring Boot's standard properties
 * ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri} for bearer tokens on the API,
 * {@code spring.security.oauth2.client.registration.*} for the browser login); these settings only
 * decide which local account a proven identity acts as. The local account decides organisation and
 * roles; the provider only proves who is logging in.
 *
 * @param usernameClaim the claim holding the local user name, used only to link an identity to an
 *        account the first time it logs in
 * @param linkByUsername link an identity that is not linked yet to the account with the user name in
 *        {@link #usernameClaim}; when off, an administrator must link accounts in advance
 * @param organisationClaim if set, the claim that must carry the local account's organisation code;
 *        a token without it, or with another code, is refused
 */
@ConfigurationProperties("stroomplan.oidc")
public record OidcSettings(@DefaultValue("preferred_username") String usernameClaim,
                           @DefaultValue("true") boolean linkByUsername,
                           String organisationClaim) {

    public OidcSettings {
        if (usernameClaim == null || usernameClaim.isBlank()) {
            usernameClaim = "preferred_username";
        }
        if (organisationClaim != null && organisationClaim.isBlank()) {
            organisationClaim = null;
        }
    }
}
