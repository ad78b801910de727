package be.stroomplan.partners.internal.oidc;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import be.stroomplan.partners.Membership;
import be.stroomplan.partners.Organisation;
import be.stroomplan.partners.OrganisationKind;
import be.stroomplan.partners.Role;
import be.stroomplan.partners.internal.OrganisationStore;
import be.stroomplan.partners.internal.PartnerUser;
import be.stroomplan.partners.internal.UserAccount;
import be.stroomplan.partners.internal.UserStore;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The linking and refusal rules of {@link OidcAccounts}, without a database. */
class OidcAccountsTests {

    static final String ISSUER = "https://idp.example/realms/stroomplan";

    final UserStore users = mock(UserStore.class);
    final OrganisationStore organisations = mock(OrganisationStore.class);
    final OidcLinks links = mock(OidcLinks.class);

    final Organisation fgp = new Organisation(UUID.randomUUID(), "FGP_ANTWERPEN", "FGP", "PJF", "FJP", OrganisationKind.FEDERAL_POLICE, true);
    final UserAccount kali = new UserAccount(UUID.randomUUID(), "kali.fgp", "Rechercheur", null, fgp.id(), null, true);

    @BeforeEach
    void directory() {
        when(organisations.findById(fgp.id())).thenReturn(Optional.of(fgp));
        when(users.findByOidcSubject(any(), any())).thenReturn(Optional.empty());
        when(users.findByUsername(any())).thenReturn(Optional.empty());
        when(users.findByUsername("kali.fgp")).thenReturn(Optional.of(kali));
        when(users.memberships(kali.id())).thenReturn(List.of(new Membership(UUID.randomUUID(), kali.id(), "KALI", Role.INVESTIGATOR)));
        when(links.linkIfUnlinked(any(), any(), any())).thenReturn(true);
    }

    @Test
    void firstLoginLinksTheAccountNamedByTheUsernameClaim() {
        PartnerUser user = accounts(defaults()).resolve(ISSUER, "sub-1", jwt("sub-1", Map.of("preferred_username", "Kali.FGP")));

        assertThat(user.username()).isEqualTo("kali.fgp");
        assertThat(user.organisationCode()).isEqualTo("FGP_ANTWERPEN");
        assertThat(user.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_INVESTIGATOR");
        verify(links).linkIfUnlinked(kali.id(), ISSUER, "sub-1");
    }

    @Test
    void linkedIdentityActsAsItsAccountWhateverTheUsernameClaimSays() {
        when(users.findByOidcSubject(ISSUER, "sub-1")).thenReturn(Optional.of(kali));

        PartnerUser user = accounts(defaults()).resolve(ISSUER, "sub-1", jwt("sub-1", Map.of("preferred_username", "admin")));

        assertThat(user.username()).isEqualTo("kali.fgp");
        verify(users, never()).findByUsername(any());
        verify(links, never()).linkIfUnlinked(any(), any(), any());
    }

    @Test
    void accountLinkedToAnotherIdentityIsRefused() {
        when(links.linkIfUnlinked(kali.id(), ISSUER, "sub-2")).thenReturn(false);

        assertRefused(() -> accounts(defaults()).resolve(ISSUER, "sub-2", jwt("sub-2", Map.of("preferred_username", "kali.fgp"))));
    }

    @Test
    void unknownUserIsRefusedAndNothingIsCreated() {
        assertRefused(() -> accounts(defaults()).resolve(ISSUER, "sub-3", jwt("sub-3", Map.of("preferred_username", "stranger"))));
        verify(users, never()).create(any(), any(), any(), any(), any());
    }

    @Test
    void tokenWithoutUsernameClaimIsRefused() {
        assertRefused(() -> accounts(defaults()).resolve(ISSUER, "sub-1", jwt("sub-1", Map.of("email", "kali@example.be"))));
    }

    @Test
    void usernameClaimIsConfigurable() {
        OidcSettings settings = new OidcSettings("upn", true, null);

        assertThat(accounts(settings).resolve(ISSUER, "sub-1", jwt("sub-1", Map.of("upn", "kali.fgp"))).username())
                .isEqualTo("kali.fgp");
    }

    @Test
    void withoutLinkingByUsernameOnlyLinkedIdentitiesGetIn() {
        OidcSettings settings = new OidcSettings("preferred_username", false, null);

        assertRefused(() -> accounts(settings).resolve(ISSUER, "sub-1", jwt("sub-1", Map.of("preferred_username", "kali.fgp"))));
        verify(links, never()).linkIfUnlinked(any(), any(), any());
    }

    @Test
    void disabledAccountIsRefusedAndNotLinked() {
        when(users.findByUsername("kali.fgp")).thenReturn(Optional.of(
                new UserAccount(kali.id(), "kali.fgp", "Rechercheur", null, fgp.id(), null, false)));

        assertRefused(() -> accounts(defaults()).resolve(ISSUER, "sub-1", jwt("sub-1", Map.of("preferred_username", "kali.fgp"))));
        verify(links, never()).linkIfUnlinked(any(), any(), any());
    }

    @Test
    void linkedAccountOfInactiveOrganisationIsRefused() {
        when(users.findByOidcSubject(ISSUER, "sub-1")).thenReturn(Optional.of(kali));
        when(organisations.findById(fgp.id())).thenReturn(Optional.of(
                new Organisation(fgp.id(), fgp.code(), "FGP", "PJF", "FJP", OrganisationKind.FEDERAL_POLICE, false)));

        assertRefused(() -> accounts(defaults()).resolve(ISSUER, "sub-1", jwt("sub-1", Map.of())));
    }

    @Test
    void organisationClaimMustMatchTheLocalOrganisationWhenConfigured() {
        OidcSettings settings = new OidcSettings("preferred_username", true, "organisation");

        assertThat(accounts(settings).resolve(ISSUER, "sub-1",
                jwt("sub-1", Map.of("preferred_username", "kali.fgp", "organisation", "FGP_ANTWERPEN"))).username())
                .isEqualTo("kali.fgp");
        assertRefused(() -> accounts(settings).resolve(ISSUER, "sub-1",
                jwt("sub-1", Map.of("preferred_username", "kali.fgp", "organisation", "PZ_ANTWERPEN"))));
        assertRefused(() -> accounts(settings).resolve(ISSUER, "sub-1", jwt("sub-1", Map.of("preferred_username", "kali.fgp"))));
    }

    @Test
    void bearerConverterTurnsARefusalIntoAnInvalidToken() {
        LocalJwtAuthenticationConverter converter = new LocalJwtAuthenticationConverter(accounts(defaults()));

        assertThatThrownBy(() -> converter.convert(jwt("sub-3", Map.of("preferred_username", "stranger"))))
                .isInstanceOf(InvalidBearerTokenException.class);
        LocalBearerAuthentication authentication = (LocalBearerAuthentication) converter.convert(
                jwt("sub-1", Map.of("preferred_username", "kali.fgp")));
        assertThat(authentication.getName()).isEqualTo("kali.fgp");
        assertThat(authentication.getPrincipal().organisationCode()).isEqualTo("FGP_ANTWERPEN");
        assertThat(authentication.isAuthenticated()).isTrue();
    }

    private OidcAccounts accounts(OidcSettings settings) {
        return new OidcAccounts(users, organisations, links, settings);
    }

    private static OidcSettings defaults() {
        return new OidcSettings(null, true, null);
    }

    private static Jwt jwt(String subject, Map<String, Object> claims) {
        Jwt.Builder builder = Jwt.withTokenValue("token").header("alg", "RS256").issuer(ISSUER).subject(subject)
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60));
        claims.forEach(builder::claim);
        return builder.build();
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(OAuth2AuthenticationException.class)
                .hasMessageNotContaining("kali.fgp").hasMessageNotContaining("stranger");
    }
}
