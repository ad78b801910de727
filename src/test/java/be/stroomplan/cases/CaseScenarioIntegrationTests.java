package be.stroomplan.cases;

import static be.stroomplan.cases.CaseTestData.TODAY;
import static be.stroomplan.cases.CaseTestData.codes;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import be.stroomplan.support.ApplicationTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * A MAHO case from intake to closure through real HTTP, with four organisations: the coordinator
 * (maho.coord, Parket), the City (stad, submitter), the social inspection (inspectie, RSZ) and the
 * tax inspection (fiscus, FOD Financiën). Along the way: the 458ter gate, disclosures, an
 * information request, the decision, an action and the outcome.
 */
@ApplicationTest
class CaseScenarioIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    CaseTestData data;

    @BeforeEach
    void setUp() {
        data = new CaseTestData(port);
    }

    @Test
    void fromIntakeToClosureWithFourOrganisations() {
        JsonNode created = data.submit("stad", CaseTestData.unique("Carwash Noord"), false, "RSZ_SOCIALE_INSPECTIE",
                "FOD_FINANCIEN_BBI");
        String id = created.path("id").asString();
        assertThat(created.path("reference").asString()).matches("MAHO-" + TODAY.getYear() + "-\\d{4}");
        assertThat(created.path("status").asString()).isEqualTo("SUBMITTED");

        // the coordinator manages it, but sees nothing before the acknowledgement
        var before = data.get("maho.coord", "/api/v1/cases/" + id);
        assertThat(before.status()).as(before.body()).isEqualTo(403);
        assertThat(before.header("Content-Type")).startsWith("application/problem+json");
        assertThat(codes(before.json())).containsExactly("CONFIDENTIALITY_NOT_ACKNOWLEDGED");
        assertThat(before.json().path("acknowledge").asString()).isEqualTo("/api/v1/cases/" + id + "/acknowledgements");
        assertThat(before.body()).doesNotContain("witwassen");
        var ack = data.post("maho.coord", "/api/v1/cases/" + id + "/acknowledgements", "");
        assertThat(ack.status()).as(ack.body()).isEqualTo(201);
        assertThat(ack.json().path("caseId").asString()).isEqualTo(id);
        assertThat(ack.json().path("user").asString()).isEqualTo("maho.coord");
        assertThat(ack.json().path("acknowledgedAt").asString()).isNotBlank();

        JsonNode kase = data.get("maho.coord", "/api/v1/cases/" + id).json();
        assertThat(kase.path("signal").asString()).contains("witwassen");
        assertThat(kase.path("coordinator").asBoolean()).isTrue();
        List<String> participants = new ArrayList<>();
        kase.path("participants").forEach(p -> participants.add(p.asString()));
        assertThat(participants).containsExactlyInAnyOrder("STAD_ANTWERPEN", "RSZ_SOCIALE_INSPECTIE", "FOD_FINANCIEN_BBI");
        data.post("maho.coord", "/api/v1/cases/" + id + "/participants", "{\"organisation\": \"PARKET_ANTWERPEN\"}");

        // screening: the deconfliction module checks the case's subjects; the history shows only clear or on hold
        data.moveOk("maho.coord", id, "SCREENING", null);
        assertThat(data.get("maho.coord", "/api/v1/cases/" + id).json().path("screening").asString()).matches("(CLEAR|ON_HOLD): .*");
        assertThat(data.move("maho.coord", id, "CLOSED", null).status()).isEqualTo(409);
        data.moveOk("maho.coord", id, "IN_CONSULTATION", null);

        // contributions: the social inspection adds an item and discloses it to the City
        data.acknowledge("inspectie", id);
        String social = data.item("inspectie", id, "SOCIAL", "Zeven zwartwerkers aangetroffen bij controle");
        var disclosed = data.disclose("inspectie", social, "STAD_ANTWERPEN", id);
        assertThat(disclosed.status()).as(disclosed.body()).isEqualTo(201);
        var readByCity = data.get("stad", "/api/v1/items/" + social);
        assertThat(readByCity.status()).as(readByCity.body()).isEqualTo(200);
        assertThat(readByCity.body()).contains("zwartwerkers");

        // an information request to the tax inspection, answered with an item of its own
        var request = data.post("maho.coord", "/api/v1/cases/" + id + "/information-requests", """
                {"organisation": "FOD_FINANCIEN_BBI", "question": "Fiscale toestand van de uitbater?", "due": "%s"}"""
                .formatted(TODAY.plusDays(7)));
        assertThat(request.status()).as(request.body()).isEqualTo(201);
        data.acknowledge("fiscus", id);
        String fiscal = data.item("fiscus", id, "FISCAL", "Geen aangiften sinds 2023");
        assertThat(data.disclose("fiscus", fiscal, "PARKET_ANTWERPEN", id).status()).isEqualTo(201);
        var answered = data.post("fiscus", "/api/v1/cases/" + id + "/information-requests/" + request.json().path("id").asString()
                + "/answer", "{\"item\": \"" + fiscal + "\", \"note\": \"Zie item\"}");
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(answered.json().path("answeredBy").asString()).isEqualTo("fiscus");
        assertThat(data.get("maho.coord", "/api/v1/items/" + fiscal).status()).isEqualTo(200);

        // the decision: two tracks
        var decided = data.post("maho.coord", "/api/v1/cases/" + id + "/decisions", """
                {"leadOrganisation": "STAD_ANTWERPEN", "rationale": "Sluiting en fiscale controle",
                 "interventions": [
                   {"intervention": "DRUG_PREMISES_CLOSURE", "leadOrganisation": "STAD_ANTWERPEN", "from": "%s",
                    "to": "%s", "rationale": "Ernstige aanwijzingen"},
                   {"intervention": "TAX_AUDIT", "leadOrganisation": "FOD_FINANCIEN_BBI", "rationale": "Geen aangiften"}]}"""
                .formatted(TODAY, TODAY.plusMonths(6)));
        assertThat(decided.status()).as(decided.body()).isEqualTo(201);
        String closure = decided.json().path("interventions").get(0).path("id").asString();
        assertThat(data.get("maho.coord", "/api/v1/cases/" + id).json().path("status").asString()).isEqualTo("DECIDED");

        // execution: an action for the City, reported done
        var action = data.post("maho.coord", "/api/v1/cases/" + id + "/actions", """
                {"intervention": "%s", "title": "Sluitingsbesluit betekenen", "user": "stad", "due": "%s"}"""
                .formatted(closure, TODAY.plusDays(14)));
        assertThat(action.status()).as(action.body()).isEqualTo(201);
        assertThat(action.json().path("organisation").asString()).isEqualTo("STAD_ANTWERPEN");
        data.moveOk("maho.coord", id, "IN_EXECUTION", null);
        var done = data.post("stad", "/api/v1/cases/" + id + "/actions/" + action.json().path("id").asString(),
                "{\"status\": \"DONE\", \"result\": \"Betekend op 3 december\"}");
        assertThat(done.status()).as(done.body()).isEqualTo(200);
        assertThat(done.json().path("status").asString()).isEqualTo("DONE");

        // closing needs an outcome
        var withoutOutcome = data.move("maho.coord", id, "CLOSED", null);
        assertThat(withoutOutcome.status()).isEqualTo(400);
        assertThat(withoutOutcome.body()).contains("outcome");
        data.moveOk("maho.coord", id, "CLOSED", """
                "outcome": {"closureFrom": "%s", "closureTo": "%s", "permitWithdrawn": true, "taxAssessed": 125000.50,
                            "socialFines": 42000, "officialReports": ["AN.12.L1.012345/26"], "arrests": 2,
                            "seizures": "2 voertuigen"}""".formatted(TODAY, TODAY.plusMonths(6)));

        JsonNode closed = data.get("stad", "/api/v1/cases/" + id).json();
        assertThat(closed.path("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.path("outcome").path("taxAssessed").decimalValue()).isEqualByComparingTo("125000.50");
        assertThat(closed.path("outcome").path("officialReports").get(0).asString()).isEqualTo("AN.12.L1.012345/26");
        List<String> steps = new ArrayList<>();
        closed.path("history").forEach(h -> steps.add(h.path("to").asString()));
        assertThat(steps).containsExactly("SUBMITTED", "SCREENING", "IN_CONSULTATION", "DECIDED", "IN_EXECUTION", "CLOSED");
        closed.path("history").forEach(h -> assertThat(h.path("reason").asString()).isNotBlank());
        Long audited = jdbc.sql("SELECT count(*) FROM audit_pending WHERE object_type = 'CASE' AND object_id = ? AND action = 'UPDATE'")
                .param(id).query(Long.class).optional().orElse(0L)
                + jdbc.sql("SELECT count(*) FROM audit_event WHERE object_type = 'CASE' AND object_id = ? AND action = 'UPDATE'")
                .param(id).query(Long.class).single();
        assertThat(audited).isGreaterThanOrEqualTo(5);

        // the list shows it to participants, with filters
        JsonNode list = data.get("stad", "/api/v1/cases?status=CLOSED&partner=FOD_FINANCIEN_BBI&track=ADMINISTRATIVE&size=200").json();
        List<String> ids = new ArrayList<>();
        list.path("items").forEach(i -> ids.add(i.path("id").asString()));
        assertThat(ids).contains(id);
        JsonNode fiscalTrack = data.get("stad", "/api/v1/cases?track=SOCIAL&size=200").json();
        fiscalTrack.path("items").forEach(i -> assertThat(i.path("id").asString()).isNotEqualTo(id));
        assertThat(data.get("kali.fgp", "/api/v1/cases?size=200").body()).doesNotContain(id);
        assertThat(UUID.fromString(id)).isNotNull();
    }
}
