package be.stroomplan.partners.oidc;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.nimbusds.jwt.JWTClaimsSet;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bearer tokens of a real OpenID Connect provider on the API: a token acts as the local account of
 * its user, with that account's organisation and roles; anything else is a 401 problem.
 */
class OidcBearerTokenTests extends OidcTestSupport {

    @Test
    void tokenOfKnownUserActsAsLocalAccountWithItsOrganisationAndRoles() {
        HttpResponse<String> response = api("/api/v1/me", bearer(userToken(TestIssuer.PARTNER_CLIENT, "kali.fgp")));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode me = body(response);
        assertThat(me.path("username").asString()).isEqualTo("kali.fgp");
        assertThat(me.path("organisation").path("code").asString()).isEqualTo("FGP_ANTWERPEN");
        assertThat(me.path("roles").toString()).isEqualTo("[\"INVESTIGATOR\"]");
        assertThat(me.path("teams").toString()).contains("KALI");
    }

    @Test
    void tokenOfUserWithoutLocalAccountIs401Problem() {
        HttpResponse<String> response = api("/api/v1/me", bearer(userToken(TestIssuer.PARTNER_CLIENT, "stranger")));

        assertUnauthorizedProblem(response);
        assertThat(response.headers().allValues("WWW-Authenticate")).anyMatch(value -> value.contains("invalid_token"));
    }

    @Test
    void tokenOfDisabledLocalAccountIs401() {
        assertUnauthorizedProblem(api("/api/v1/me", bearer(userToken(TestIssuer.PARTNER_CLIENT, DISABLED_USER))));
    }

    @Test
    void clientTokenWithoutUserIs401() {
        assertUnauthorizedProblem(api("/api/v1/me", bearer(clientToken(TestIssuer.MACHINE_CLIENT))));
    }

    @Test
    void tokenForAnotherAudienceIs401() {
        assertUnauthorizedProblem(api("/api/v1/me", bearer(userToken(TestIssuer.OTHER_CLIENT, "kali.fgp"))));
    }

    @Test
    void renamedUsernameClaimCannotTakeOverLinkedAccount() {
        // kali.fgp logs in once, which links the account to its subject at this provider
        assertThat(api("/api/v1/me", bearer(userToken(TestIssuer.PARTNER_CLIENT, "kali.fgp"))).statusCode()).isEqualTo(200);

        // another subject whose preferred_username claims to be kali.fgp
        assertUnauthorizedProblem(api("/api/v1/me", bearer(userToken(TestIssuer.PARTNER_CLIENT, "impostor"))));
    }

    @Test
    void tokenSignedByProviderKeyIsAccepted() {
        // control for the forged token below: same claims, the provider's own key
        HttpResponse<String> response = api("/api/v1/me", bearer(issuer.sign(claims("kali.fgp", Instant.now().plusSeconds(300)))));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(body(response).path("username").asString()).isEqualTo("kali.fgp");
    }

    @Test
    void forgedTokenIs401() {
        String forged = TestIssuer.sign(claims("kali.fgp", Instant.now().plusSeconds(300)), TestIssuer.newRsaKey(issuer.keyId()));

        assertUnauthorizedProblem(api("/api/v1/me", bearer(forged)));
    }

    @Test
    void expiredTokenIs401() {
        String expired = issuer.sign(claims("kali.fgp", Instant.now().minusSeconds(600)));

        assertUnauthorizedProblem(api("/api/v1/me", bearer(expired)));
    }

    @Test
    void garbageTokenIs401() {
        assertUnauthorizedProblem(api("/api/v1/me", bearer("not-a-token")));
    }

    @Test
    void basicStillWorksNextToBearerTokens() {
        HttpResponse<String> response = api("/api/v1/me", basic("kali.pza", "demo"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(body(response).path("organisation").path("code").asString()).isEqualTo("PZ_ANTWERPEN");
    }

    @Test
    void unauthenticatedRequestOffersBothSchemes() {
        HttpResponse<String> response = api("/api/v1/me", null);

        assertUnauthorizedProblem(response);
        assertThat(response.headers().allValues("WWW-Authenticate"))
                .anyMatch(value -> value.startsWith("Basic"))
                .anyMatch(value -> value.startsWith("Bearer"));
    }

    private JWTClaimsSet claims(String username, Instant expiresAt) {
        return new JWTClaimsSet.Builder()
                .issuer(issuer.issuer())
                .subject(username)
                .claim("preferred_username", username)
                .audience(List.of(TestIssuer.API_AUDIENCE))
                .issueTime(Date.from(expiresAt.minusSeconds(900)))
                .expirationTime(Date.from(expiresAt))
                .build();
    }

    static void assertUnauthorizedProblem(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":401");
    }
}
