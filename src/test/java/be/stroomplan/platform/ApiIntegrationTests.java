package be.stroomplan.platform;

import be.stroomplan.support.ApplicationTest;

import static org.assertj.core.api.Assertions.assertThat;

import be.stroomplan.support.Http;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** The public API basics over real HTTP: who am I, organisations, problem details, headers. */
@ApplicationTest
class ApiIntegrationTests {

    @LocalServerPort
    int port;

    Http http;

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void meReturnsUserOrganisationTeamsAndRoles() {
        var response = http.get("/api/v1/me", "magistraat", "demo");
        assertThat(response.status()).isEqualTo(200);
        JsonNode me = response.json();
        assertThat(me.path("username").asString()).isEqualTo("magistraat");
        assertThat(me.path("user").path("username").asString()).isEqualTo("magistraat");
        assertThat(me.path("organisation").path("code").asString()).isEqualTo("PARKET_ANTWERPEN");
        assertThat(me.path("teams").toString()).contains("KALI", "MAHO");
        assertThat(me.path("roles").toString()).contains("KALI_MAGISTRATE");
    }

    @Test
    void everyDemoUserLogsInWithTheRoleOfTheDesign() {
        String[][] expected = {
                { "magistraat", "PARKET_ANTWERPEN", "KALI_MAGISTRATE" }, { "maho.coord", "PARKET_ANTWERPEN", "MAHO_COORDINATOR" },
                { "kali.fgp", "FGP_ANTWERPEN", "INVESTIGATOR" }, { "kali.pza", "PZ_ANTWERPEN", "INVESTIGATOR" },
                { "coac", "PZ_ANTWERPEN", "COAC_COORDINATOR" }, { "stad", "STAD_ANTWERPEN", "CITY_OFFICER" },
                { "inspectie", "RSZ_SOCIALE_INSPECTIE", "INSPECTOR" }, { "fiscus", "FOD_FINANCIEN_BBI", "MAHO_PARTNER" },
                { "douane", "DOUANE", "INSPECTOR" }, { "audit", "ARBEIDSAUDITORAAT_ANTWERPEN", "MAHO_PARTNER" },
                { "lead", "FGP_ANTWERPEN", "PROJECT_LEAD" }, { "dpo", "FGP_ANTWERPEN", "DPO" },
                { "admin", "FGP_ANTWERPEN", "FUNCTIONAL_ADMIN" } };
        for (String[] user : expected) {
            JsonNode me = http.get("/api/v1/me", user[0], "demo").json();
            assertThat(me.path("organisation").path("code").asString()).as(user[0]).isEqualTo(user[1]);
            assertThat(me.path("roles").toString()).as(user[0]).contains(user[2]);
        }
    }

    @Test
    void organisationsListsTheAntwerpPartners() {
        var response = http.get("/api/v1/organisations", "stad", "demo");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("PARKET_ANTWERPEN", "ARBEIDSAUDITORAAT_ANTWERPEN", "FGP_ANTWERPEN",
                "PZ_ANTWERPEN", "STAD_ANTWERPEN", "RSZ_SOCIALE_INSPECTIE", "FOD_FINANCIEN_BBI", "DOUANE");
    }

    @Test
    void missingOrWrongCredentialsGet401ProblemJson() {
        for (var response : new Http.Response[] { http.get("/api/v1/me", null, null),
                http.get("/api/v1/me", "magistraat", "not-the-password"), http.get("/api/v1/me", "nobody", "demo") }) {
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.json().path("status").asInt()).isEqualTo(401);
            assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
        }
    }

    @Test
    void unknownPathIs404WrongMethodIs405BothProblemJson() {
        var notFound = http.get("/api/v1/no-such-thing", "lead", "demo");
        assertThat(notFound.status()).isEqualTo(404);
        assertThat(notFound.header("Content-Type")).startsWith("application/problem+json");
        var wrongMethod = http.send("DELETE", "/api/v1/organisations", "lead", "demo");
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.header("Content-Type")).startsWith("application/problem+json");
        assertThat(wrongMethod.body()).doesNotContain("Exception", "at be.stroomplan");
    }

    @Test
    void strictSecurityHeadersOnPagesAndApi() {
        for (var response : new Http.Response[] { http.get("/login", null, null), http.get("/api/v1/me", "lead", "demo") }) {
            assertThat(response.header("Content-Security-Policy")).contains("script-src 'self'", "frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline");
            assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
            assertThat(response.header("Referrer-Policy")).isEqualTo("same-origin");
            assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        }
    }

    @Test
    void hstsOnlyOverTls() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/login").secure(true))
                .andExpect(MockMvcResultMatchers.header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
        mvc.perform(MockMvcRequestBuilders.get("/login"))
                .andExpect(MockMvcResultMatchers.header().doesNotExist("Strict-Transport-Security"));
    }

    @Test
    void healthIsPublicInfoAndPrometheusAreRestricted() {
        assertThat(http.get("/actuator/health", null, null).status()).isEqualTo(200);
        assertThat(http.get("/actuator/info", null, null).status()).isEqualTo(401);
        assertThat(http.get("/actuator/prometheus", "kali.fgp", "demo").status()).isEqualTo(403);
        assertThat(http.get("/actuator/prometheus", "admin", "demo").status()).isEqualTo(200);
    }

    @Test
    void openApiDocumentDescribesTheApiForLoggedInUsers() {
        assertThat(http.get("/v3/api-docs", null, null).status()).isEqualTo(401);
        var docs = http.get("/v3/api-docs", "kali.fgp", "demo");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/v1/me", "/api/v1/organisations");
    }
}
