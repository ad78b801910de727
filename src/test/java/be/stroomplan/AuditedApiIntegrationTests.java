package be.stroomplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import be.stroomplan.audit.AuditTrail;
import be.stroomplan.support.ApplicationTest;
import be.stroomplan.support.Http;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The acceptance scenario of the foundation over real HTTP: logins, failed logins, reads of
 * {@code /me}, administrator changes and refusals all land in the audit trail that the DPO reads,
 * and the chain verifies.
 */
@ApplicationTest
class AuditedApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    AuditTrail trail;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void loginsReadsAndFailuresAppearInTheAuditTrail() {
        assertThat(http.get("/api/v1/me", "douane", "demo").status()).isEqualTo(200);
        assertThat(http.get("/api/v1/me", "douane", "wrong-password").status()).isEqualTo(401);
        trail.flush();

        List<String> actions = actions("/api/v1/audit?user=douane&size=100");
        assertThat(actions).contains("LOGIN", "READ", "LOGIN_FAILED");
    }

    @Test
    void administratorChangesAndRefusalsAppearInTheAuditTrail() {
        var created = http.post("/api/v1/organisations", "admin", "demo", "application/json", """
                {"code": "FAVV_ANTWERPEN", "nameNl": "FAVV Antwerpen", "nameFr": "AFSCA Anvers",
                 "nameEn": "FASFC Antwerp", "kind": "OTHER", "unknownField": 1}""");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("id").asString()).isNotBlank();
        String id = created.json().path("id").asString();

        assertThat(http.get("/api/v1/audit", "kali.fgp", "demo").status()).isEqualTo(403);
        trail.flush();

        JsonNode items = http.get("/api/v1/audit?subject=" + id, "dpo", "demo").json().path("items");
        assertThat(items.size()).isEqualTo(1);
        assertThat(items.get(0).path("action").asString()).isEqualTo("CREATE");
        assertThat(items.get(0).path("actorUser").asString()).isEqualTo("admin");
        assertThat(items.get(0).path("actorOrganisation").asString()).isEqualTo("FGP_ANTWERPEN");
        assertThat(actions("/api/v1/audit?user=kali.fgp&action=DENIED&size=100")).contains("DENIED");
    }

    @Test
    void registeringAnOrganisationAnswersWithProblemDetails() {
        var invalid = http.post("/api/v1/organisations", "admin", "demo", "application/json", """
                {"code": "lower case", "nameNl": "", "kind": "OTHER"}""");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.header("Content-Type")).startsWith("application/problem+json");
        assertThat(invalid.json().path("errors").toString()).contains("code", "nameNl", "nameFr", "nameEn");

        var duplicate = http.post("/api/v1/organisations", "admin", "demo", "application/json", """
                {"code": "DOUANE", "nameNl": "x", "nameFr": "x", "nameEn": "x", "kind": "CUSTOMS"}""");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.header("Content-Type")).startsWith("application/problem+json");

        var wrongType = http.post("/api/v1/organisations", "admin", "demo", "text/plain", "DOUANE");
        assertThat(wrongType.status()).isEqualTo(415);
        assertThat(wrongType.header("Content-Type")).startsWith("application/problem+json");

        var malformed = http.post("/api/v1/organisations", "admin", "demo", "application/json", "{\"code\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body()).doesNotContain("Exception", "tools.jackson");

        var notAdmin = http.post("/api/v1/organisations", "stad", "demo", "application/json", """
                {"code": "STAD_GENT", "nameNl": "Stad Gent", "nameFr": "Ville de Gand", "nameEn": "City of Ghent", "kind": "CITY"}""");
        assertThat(notAdmin.status()).isEqualTo(403);
        assertThat(notAdmin.header("Content-Type")).startsWith("application/problem+json");
        assertThat(http.get("/api/v1/organisations/STAD_GENT", "stad", "demo").status()).isEqualTo(404);
    }

    @Test
    void theDpoVerifiesAnUnbrokenChain() {
        http.get("/api/v1/me", "lead", "demo");
        trail.flush();
        JsonNode result = http.get("/api/v1/audit/verify", "dpo", "demo").json();
        assertThat(result.path("valid").asBoolean()).isTrue();
        assertThat(result.path("checked").asLong()).isPositive();
        assertThat(http.get("/api/v1/audit/verify", "admin", "demo").status()).isEqualTo(403);
    }

    private List<String> actions(String path) {
        var response = http.get(path, "dpo", "demo");
        assertThat(response.status()).isEqualTo(200);
        List<String> actions = new ArrayList<>();
        response.json().path("items").forEach(item -> actions.add(item.path("action").asString()));
        return actions;
    }
}
