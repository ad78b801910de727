package be.stroomplan.partners.internal.oidc;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import be.stroomplan.partners.Membership;
import be.stroomplan.partners.Organisation;
import be.stroomplan.partners.Role;
import be.stroomplan.partners.internal.OrganisationStore;
import be.stroomplan.partners.internal.PartnerUser;
import be.stroomplan.partners.internal.UserAccount;
import be.stroomplan.partners.internal.UserStore;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.core.ClaimAccessor;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns an identity proven by an OpenID Connect provider into the local account it acts as.
 * <ol>
 * <li>An identity already linked (issuer and subject) acts as that account, whatever its user name
 * claim says now.</li>
 * <li>Otherwise, with {@link OidcSettings#linkByUsername()}, the account named by the user name
 * claim is linked to it on this first login, if that account is not linked to another identity
 * yet. A renamed claim therefore cannot take over an account that is already linked.</li>
 * <li>Unknown identities, disabled accounts, inactive organisations and a mismatching organisation
 * claim are refused. Nothing is ever created: accounts are provisioned by administrators.</li>
 * </ol>
 * Organisation and roles always come from the local account, never from the token.
 */
@Service
public class OidcAccounts {

    private static final Logger log = LoggerFactory.getLogger(OidcAccounts.class);

    private final UserStore users;
    private final OrganisationStore organisations;
    private final OidcLinks links;
    private final OidcSettings settings;

    OidcAccounts(UserStore users, OrganisationStore organisations, OidcLinks links, OidcSettings settings) {
        this.users = users;
        this.organisations = organisations;
        this.links = links;
        this.settings = settings;
    }

    /**
     * The principal of the local account for this identity.
     *
     * @param issuer the validated issuer of the token
     * @param subject the validated subject of the token
     * @param claims the token's claims (for the user name and organisation claims)
     * @throws OAuth2AuthenticationException when the identity may not log in; the message never
     *         says which local accounts exist
     */
    @Transactional
    public PartnerUser resolve(String issuer, String subject, ClaimAccessor claims) {
        if (isBlank(issuer) || isBlank(subject)) {
            throw refused("token without issuer or subject", issuer, subject);
        }
        UserAccount account = users.findByOidcSubject(issuer, subject).orElse(null);
        boolean link = account == null;
        if (link) {
            if (!settings.linkByUsername()) {
                throw refused("identity not linked to a local account", issuer, subject);
            }
            String username = claims.getClaimAsString(settings.usernameClaim());
            if (isBlank(username)) {
                throw refused("no '" + settings.usernameClaim() + "' claim to link by", issuer, subject);
            }
            account = users.findByUsername(username.trim().toLowerCase(Locale.ROOT))
                    .orElseThrow(() -> refused("no local account for this identity", issuer, subject));
        }
        Organisation organisation = organisations.findById(account.organisationId())
                .orElseThrow(() -> refused("account without organisation", issuer, subject));
        if (!account.enabled() || !organisation.active()) {
            throw refused("account or organisation disabled", issuer, subject);
        }
        checkOrganisationClaim(organisation, claims, issuer, subject);
        if (link) {
            if (!links.linkIfUnlinked(account.id(), issuer, subject)) {
                throw refused("account already linked to another identity", issuer, subject);
            }
            log.info("Linked OIDC identity {} at {} to local account {}", subject, issuer, account.username());
        }
        Set<Role> roles = users.memberships(account.id()).stream().map(Membership::role).collect(Collectors.toSet());
        return new PartnerUser(account.username(), organisation.code(), roles, true, null);
    }

    private void checkOrganisationClaim(Organisation organisation, ClaimAccessor claims, String issuer, String subject) {
        if (settings.organisationClaim() == null) {
            return;
        }
        String claimed = claims.getClaimAsString(settings.organisationClaim());
        if (claimed == null || !claimed.trim().equals(organisation.code())) {
            throw refused("organisation claim does not match the local account", issuer, subject);
        }
    }

    private static OAuth2AuthenticationException refused(String reason, String issuer, String subject) {
        log.warn("Refused OIDC login of {} at {}: {}", subject, issuer, reason);
        return new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.ACCESS_DENIED,
                "This identity may not use Stroomplan.", null));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
