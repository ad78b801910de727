package be.stroomplan.deconfliction;

import static be.stroomplan.deconfliction.DeconflictionTestData.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import be.stroomplan.support.ApplicationTest;
import be.stroomplan.support.Http;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The check API: hits and clears, the request row of every check, validation, roles, and the index following events. */
@ApplicationTest
class DeconflictionCheckIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    DeconflictionTestData data;

    @BeforeEach
    void setUp() {
        data = new DeconflictionTestData(port);
    }

    @Test
    void aSubjectOfAnOpenDossierHitsAndAnUnknownOneIsClear() {
        String dossier = data.dossier("magistraat", "Operatie Kaai");
        String known = DeconflictionTestData.nationalNumber();
        data.person(dossier, "Karim Benali", "1985-03-02", known);
        eventually(() -> data.status("coac", "NATIONAL_NUMBER", known).equals("ON_HOLD"));

        String unknown = DeconflictionTestData.nationalNumber();
        Http.Response response = data.check("coac", """
                {"purpose": "COAC_CONTROLE", "items": [{"type": "NATIONAL_NUMBER", "value": "%s"},
                 {"type": "NATIONAL_NUMBER", "value": "%s"}, {"type": "NAME", "value": "BENALI karim", "birthDate": "1985-03-02"}]}"""
                .formatted(known.substring(0, 6) + "." + known.substring(6), unknown));
        var results = data.json(response, 200).path("results");
        assertThat(results.get(0).path("status").asString()).isEqualTo("ON_HOLD");
        assertThat(results.get(0).path("ticket").asString()).hasSize(36);
        assertThat(results.get(1).path("status").asString()).isEqualTo("CLEAR");
        assertThat(results.get(1).has("ticket")).isFalse();
        assertThat(results.get(2).path("status").asString()).as("name variant and birth date").isEqualTo("ON_HOLD");
        assertThat(results.get(1).path("index").asInt()).isEqualTo(1);
    }

    @Test
    void anUnknownIdentifierStillWritesTheRequestRowAndTheAuditRow() {
        Integer before = jdbc.queryForObject("SELECT count(*) FROM deconfliction_request WHERE requester = 'inspectie'", Integer.class);
        assertThat(data.status("inspectie", "NATIONAL_NUMBER", DeconflictionTestData.nationalNumber())).isEqualTo("CLEAR");
        Integer after = jdbc.queryForObject("SELECT count(*) FROM deconfliction_request WHERE requester = 'inspectie'", Integer.class);
        assertThat(after).isEqualTo(before + 1);
    }

    @Test
    void badInputIsAFieldError() {
        var problem = data.json(data.check("coac", """
                {"purpose": "COAC_CONTROLE", "items": [{"type": "PLATE", "value": "1-ABC-123"},
                 {"type": "NATIONAL_NUMBER", "value": "12345678901"}, {"type": "NAME", "value": "Jan Peeters"},
                 {"type": "SHOE_SIZE", "value": "42"}]}"""), 400);
        assertThat(problem.path("errors").toString()).contains("items[1].value", "items[2].birthDate", "items[3].type")
                .doesNotContain("items[0]");
        assertThat(data.json(data.check("coac", """
                {"items": [{"type": "PLATE", "value": "1-ABC-123"}]}"""), 400).path("errors").toString()).contains("purpose");
        StringBuilder many = new StringBuilder("{\"purpose\": \"COAC_CONTROLE\", \"items\": [");
        for (int i = 0; i <= 10_000; i++) {
            many.append(i == 0 ? "" : ",").append("{\"type\": \"PLATE\", \"value\": \"1-ABC-123\"}");
        }
        assertThat(data.json(data.check("coac", many + "]}"), 400).path("errors").toString()).contains("items");
    }

    @Test
    void onlyRequesterRolesMayCheck() {
        String body = "{\"purpose\": \"x\", \"items\": [{\"type\": \"PLATE\", \"value\": \"1-ABC-123\"}]}";
        assertThat(data.check("lead", body).status()).isEqualTo(403);
        assertThat(data.check("dpo", body).status()).isEqualTo(403);
        assertThat(data.check("magistraat", body).status()).isEqualTo(403);
        assertThat(data.check("admin", body).status()).isEqualTo(403);
        assertThat(data.check("kali.pza", body).status()).isEqualTo(200);
        assertThat(data.check("stad", body).status()).isEqualTo(200);
        assertThat(data.check("maho.coord", body).status()).isEqualTo(200);
    }

    @Test
    void theIndexFollowsTheDossierEvents() {
        String dossier = data.dossier("magistraat", "Operatie Sluis");
        String enterprise = DeconflictionTestData.enterpriseNumber();
        assertThat(data.status("coac", "ENTERPRISE_NUMBER", enterprise)).isEqualTo("CLEAR");
        data.subject(dossier, """
                {"type": "COMPANY", "name": "Sluis Import BV", "identifiers": [{"type": "ENTERPRISE_NUMBER", "value": "%s"}]}"""
                .formatted(enterprise));
        eventually(() -> data.status("coac", "ENTERPRISE_NUMBER", enterprise).equals("ON_HOLD"));

        var moved = data.http.post("/api/v1/dossiers/" + dossier + "/transitions", "magistraat", "demo", DeconflictionTestData.JSON,
                "{\"to\": \"CLOSED_DISMISSED\", \"reason\": \"sepot\"}");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        eventually(() -> data.status("coac", "ENTERPRISE_NUMBER", enterprise).equals("CLEAR"));
    }
}
