package be.stroomplan.partners.oidc;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** With HTTP Basic switched off, the API takes bearer tokens only. */
@TestPropertySource(properties = "stroomplan.security.basic-enabled=false")
class OidcWithoutBasicTests extends OidcTestSupport {

    @Test
    void basicCredentialsAre401() {
        HttpResponse<String> response = api("/api/v1/me", basic("kali.fgp", "demo"));

        OidcBearerTokenTests.assertUnauthorizedProblem(response);
        assertThat(response.headers().allValues("WWW-Authenticate")).noneMatch(value -> value.startsWith("Basic"));
    }

    @Test
    void bearerTokensStillWork() {
        HttpResponse<String> response = api("/api/v1/me", bearer(userToken(TestIssuer.PARTNER_CLIENT, "kali.fgp")));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(body(response).path("username").asString()).isEqualTo("kali.fgp");
    }
}
