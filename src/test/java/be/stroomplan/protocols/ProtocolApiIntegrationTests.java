package be.stroomplan.protocols;

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

/** The protocol API over real HTTP, as a partner system would use it (DESIGN.md §5, §7). */
@ApplicationTest
class ProtocolApiIntegrationTests {

    static final String SECTION_7 = """
            {"title": "PZ Antwerpen → Stad Antwerpen, MAHO", "provider": "PZ_ANTWERPEN",
             "recipients": ["STAD_ANTWERPEN"], "purposes": ["MAHO_CASUSOVERLEG"], "categories": ["POLICE"],
             "legalBasis": "Art. 20 WPG", "validFrom": "2026-01-01", "validTo": "2027-12-31", "unknownField": true}""";

    @LocalServerPort
    int port;
    @Autowired
    AuditTrail trail;

    Http http;
    ProtocolTestData data;

    @BeforeEach
    void client() {
        http = new Http(port);
        data = new ProtocolTestData(http);
    }

    @Test
    void theExampleOfSection7CreatesADraftThatActivates() {
        var created = http.post("/api/v1/protocols", "admin", "demo", "application/json", SECTION_7);
        assertThat(created.status()).isEqualTo(201);
        JsonNode body = created.json();
        String id = body.path("id").asString();
        assertThat(id).isNotBlank();
        assertThat(created.header("Location")).endsWith("/api/v1/protocols/" + id);
        assertThat(body.path("status").asString()).isEqualTo("DRAFT");
        assertThat(body.path("version").asInt()).isEqualTo(1);
        assertThat(body.path("reference").asString()).startsWith("PROT-");
        assertThat(body.path("recipients").get(0).asString()).isEqualTo("STAD_ANTWERPEN");
        assertThat(body.path("validTo").asString()).isEqualTo("2027-12-31");
        assertThat(texts(body.path("warnings"))).contains("providerDpoOpinionDate", "signatories", "providerDpoOpinionDocument");

        var activated = data.move(id, "activate");
        assertThat(activated.status()).isEqualTo(200);
        assertThat(activated.json().path("status").asString()).isEqualTo("ACTIVE");

        JsonNode read = http.get("/api/v1/protocols/" + id, "admin", "demo").json();
        assertThat(read.path("status").asString()).isEqualTo("ACTIVE");
        assertThat(read.path("transitions").size()).isEqualTo(2);
        assertThat(read.path("transitions").get(1).path("to").asString()).isEqualTo("ACTIVE");
        assertThat(read.path("transitions").get(1).path("by").asString()).isEqualTo("admin");
        assertThat(read.path("versions").size()).isEqualTo(1);
    }

    @Test
    void suspendReactivateTerminateAndIllegalMovesAnswer409() {
        String id = data.create(SECTION_7);
        var early = data.move(id, "suspend");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.header("Content-Type")).startsWith("application/problem+json");
        assertThat(early.json().path("code").asString()).isEqualTo("protocol.error.illegal.suspend");

        data.move(id, "activate");
        assertThat(data.move(id, "suspend").json().path("status").asString()).isEqualTo("SUSPENDED");
        assertThat(data.move(id, "suspend").status()).isEqualTo(409);
        assertThat(data.move(id, "reactivate").json().path("status").asString()).isEqualTo("ACTIVE");
        assertThat(data.move(id, "terminate").json().path("status").asString()).isEqualTo("TERMINATED");
        assertThat(data.move(id, "activate").status()).isEqualTo(409);
        assertThat(data.move(id, "amend").status()).isEqualTo(409);
    }

    @Test
    void anAmendmentIsANewVersionAndTheOldOneStaysAddressable() {
        String id = data.createActive(SECTION_7);
        var amended = data.move(id, "amend");
        assertThat(amended.status()).isEqualTo(201);
        assertThat(amended.json().path("version").asInt()).isEqualTo(2);
        assertThat(amended.json().path("status").asString()).isEqualTo("DRAFT");
        String v1 = http.get("/api/v1/protocols/" + id + "/versions/1", "admin", "demo").json().path("versionId").asString();

        var edited = http.put("/api/v1/protocols/" + id, "admin", "demo", "application/json",
                SECTION_7.replace("2027-12-31", "2028-12-31"));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(http.get("/api/v1/protocols/" + id, "admin", "demo").json().path("draftVersion").asInt()).isEqualTo(2);

        assertThat(data.move(id, "activate").json().path("version").asInt()).isEqualTo(2);
        JsonNode read = http.get("/api/v1/protocols/" + id, "admin", "demo").json();
        assertThat(read.path("version").asInt()).isEqualTo(2);
        assertThat(read.path("validTo").asString()).isEqualTo("2028-12-31");
        JsonNode old = http.get("/api/v1/protocols/" + id + "/versions/1", "admin", "demo").json();
        assertThat(old.path("status").asString()).isEqualTo("SUPERSEDED");
        assertThat(old.path("versionId").asString()).isEqualTo(v1);
        assertThat(old.path("validTo").asString()).isEqualTo("2027-12-31");
        assertThat(http.get("/api/v1/protocols/" + id + "/versions/3", "admin", "demo").status()).isEqualTo(404);
    }

    @Test
    void badInputIsA400WithFieldErrors() {
        var response = http.post("/api/v1/protocols", "admin", "demo", "application/json", """
                {"title": "", "provider": "NOPE", "recipients": ["STAD_ANTWERPEN", "ALSO_NOPE"], "purposes": ["GUESSING"],
                 "categories": ["SECRET"], "legalBasis": "x", "validFrom": "2026-13-01", "validTo": "2026-01-01"}""");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(fields(response.json())).as(response.body()).containsExactlyInAnyOrder("title", "provider", "recipients", "purposes",
                "categories", "validFrom");

        var reversed = http.post("/api/v1/protocols", "admin", "demo", "application/json",
                SECTION_7.replace("\"validTo\": \"2027-12-31\"", "\"validTo\": \"2025-12-31\""));
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(fields(reversed.json())).containsExactly("validTo");

        var missing = http.post("/api/v1/protocols", "admin", "demo", "application/json", "{\"title\": \"Alleen een titel\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(fields(missing.json())).containsExactlyInAnyOrder("provider", "recipients", "purposes", "categories",
                "legalBasis", "validFrom", "validTo");
    }

    @Test
    void unknownIdsAre404() {
        assertThat(http.get("/api/v1/protocols/00000000-0000-0000-0000-000000000000", "admin", "demo").status()).isEqualTo(404);
        assertThat(http.get("/api/v1/protocols/not-an-id", "admin", "demo").status()).isEqualTo(404);
        assertThat(data.move("00000000-0000-0000-0000-000000000000", "activate").status()).isEqualTo(404);
    }

    @Test
    void onlyAdministratorsChangeAndOnlyPartiesAndTheDpoRead() {
        var refused = http.post("/api/v1/protocols", "stad", "demo", "application/json", SECTION_7);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(http.post("/api/v1/protocols", "dpo", "demo", "application/json", SECTION_7).status()).isEqualTo(403);

        String id = data.create(SECTION_7);
        assertThat(http.post("/api/v1/protocols/" + id + "/activate", "kali.pza", "demo", "application/json", "").status())
                .isEqualTo(403);
        assertThat(http.get("/api/v1/protocols/" + id, "kali.pza", "demo").status()).isEqualTo(200); // provider PZ
        assertThat(http.get("/api/v1/protocols/" + id, "stad", "demo").status()).isEqualTo(200);     // recipient
        assertThat(http.get("/api/v1/protocols/" + id, "dpo", "demo").status()).isEqualTo(200);      // DPO reads all
        assertThat(http.get("/api/v1/protocols/" + id, "douane", "demo").status()).isEqualTo(404);   // not a party
        assertThat(http.get("/api/v1/protocols/" + id, null, null).status()).isEqualTo(401);

        JsonNode douane = http.get("/api/v1/protocols?size=200", "douane", "demo").json();
        for (JsonNode item : douane.path("items")) {
            assertThat(item.path("id").asString()).isNotEqualTo(id);
        }
    }

    @Test
    void theListIsPagedAndFiltered() {
        String provider = data.organisation("LIST");
        String recipient = data.organisation("LISTR");
        String active = data.createActive(ProtocolTestData.body("Lijst A", provider, recipient, "COAC_CONTROLE", "PUBLIC", "2026-01-01", "2030-01-01"));
        String draft = data.create(ProtocolTestData.body("Lijst B", provider, "STAD_ANTWERPEN", "COAC_CONTROLE", "PUBLIC", "2026-01-01", "2030-01-01"));

        JsonNode all = http.get("/api/v1/protocols?provider=" + provider, "admin", "demo").json();
        assertThat(ids(all)).containsExactlyInAnyOrder(active, draft);
        assertThat(all.path("totalElements").asLong()).isEqualTo(2);
        assertThat(ids(http.get("/api/v1/protocols?provider=" + provider + "&status=ACTIVE", "admin", "demo").json()))
                .containsExactly(active);
        assertThat(ids(http.get("/api/v1/protocols?recipient=" + recipient, "admin", "demo").json())).containsExactly(active);
        JsonNode page = http.get("/api/v1/protocols?provider=" + provider + "&size=1&page=1&sort=TITLE", "admin", "demo").json();
        assertThat(ids(page)).containsExactly(draft);
        assertThat(page.path("totalPages").asInt()).isEqualTo(2);
    }

    @Test
    void changesAndReadsAreAudited() {
        String id = data.create(SECTION_7);
        data.move(id, "activate");
        http.get("/api/v1/protocols/" + id, "dpo", "demo");
        trail.flush();
        JsonNode items = http.get("/api/v1/audit?subject=" + id + "&size=50", "dpo", "demo").json().path("items");
        List<String> actions = new ArrayList<>();
        items.forEach(item -> actions.add(item.path("action").asString() + " " + item.path("actorUser").asString()));
        assertThat(actions).contains("CREATE admin", "UPDATE admin", "READ dpo");
        assertThat(items.get(0).path("objectType").asString()).isEqualTo("PROTOCOL");
    }

    @Test
    void administratorsAddPurposesThatProtocolsThenMayName() {
        String code = "DIOB_ADVIES_" + Long.toString(System.nanoTime(), 36).toUpperCase();
        String purpose = """
                {"code": "%s", "nameNl": "DIOB-advies", "nameFr": "Avis DIOB", "nameEn": "DIOB advice"}""".formatted(code);
        assertThat(http.post("/api/v1/purposes", "stad", "demo", "application/json", purpose).status()).isEqualTo(403);
        assertThat(http.post("/api/v1/protocols", "admin", "demo", "application/json",
                SECTION_7.replace("MAHO_CASUSOVERLEG", code)).status()).isEqualTo(400);
        assertThat(http.post("/api/v1/purposes", "admin", "demo", "application/json", purpose).status()).isEqualTo(201);
        assertThat(http.post("/api/v1/purposes", "admin", "demo", "application/json", purpose).status()).isEqualTo(409);
        assertThat(http.get("/api/v1/purposes", "stad", "demo").body()).contains(code, "MAHO_CASUSOVERLEG");
        assertThat(http.post("/api/v1/protocols", "admin", "demo", "application/json",
                SECTION_7.replace("MAHO_CASUSOVERLEG", code)).status()).isEqualTo(201);
    }

    static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asString()));
        return values;
    }

    static List<String> fields(JsonNode problem) {
        List<String> values = new ArrayList<>();
        problem.path("errors").forEach(node -> values.add(node.path("field").asString()));
        return values;
    }

    static List<String> ids(JsonNode page) {
        List<String> values = new ArrayList<>();
        page.path("items").forEach(node -> values.add(node.path("id").asString()));
        return values;
    }
}
