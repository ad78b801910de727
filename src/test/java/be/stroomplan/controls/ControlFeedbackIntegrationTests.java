package be.stroomplan.controls;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import be.stroomplan.support.ApplicationTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * On REPORTED each service's results become an item of its own organisation in the action, and are
 * disclosed into the linked MAHO case where a protocol covers the flow (PZ Antwerpen → Stad, POLICE,
 * MAHO_CASUSOVERLEG is active in the demo register); refused where none does (Douane → Stad, CUSTOMS),
 * recorded and shown. A participant does not read another service's item.
 */
@ApplicationTest
class ControlFeedbackIntegrationTests {

    @LocalServerPort
    int port;

    ControlTestData data;
    final String date = LocalDate.now(ZoneId.of("Europe/Brussels")).plusDays(16).toString();

    @BeforeEach
    void setUp() {
        data = new ControlTestData(port);
    }

    @Test
    void resultsFlowIntoTheLinkedCaseUnderProtocolOnly() {
        var kase = data.post("stad", "/api/v1/cases", """
                {"title": "Nachtwinkel Statie", "signal": "Overlast en vermoedelijke drugsverkoop", "urgency": "HIGH",
                 "participants": ["PZ_ANTWERPEN", "DOUANE"]}""");
        assertThat(kase.status()).as(kase.body()).isEqualTo(201);
        String caseId = kase.json().path("id").asString();
        for (String user : List.of("coac", "douane")) {
            assertThat(data.post(user, "/api/v1/cases/" + caseId + "/acknowledgements", "").status()).isEqualTo(201);
        }
        String id = data.plan(date, List.of("PZ_ANTWERPEN", "DOUANE"),
                List.of(ControlTestData.company("Nachtwinkel Statie BV", ControlTestData.enterpriseNumber())), List.of(caseId))
                .path("id").asString();
        data.moveOk(id, "DECONFLICTED");
        data.moveOk(id, "APPROVED");
        data.moveOk(id, "EXECUTED");
        String target = data.target(id, "Nachtwinkel Statie BV");
        assertThat(data.result("coac", id, target, "\"violations\": 2, \"violationKind\": \"Sluitingsuur\", \"fines\": 250")
                .status()).isEqualTo(201);
        assertThat(data.result("douane", id, target, "\"seizureKind\": \"CASH\", \"seizureValue\": 12000").status()).isEqualTo(201);
        data.moveOk(id, "REPORTED");

        JsonNode read = data.read("coac", id);
        Map<String, JsonNode> byFlow = new HashMap<>();
        read.path("feedback").forEach(f -> byFlow.put(f.path("organisation").asString() + "->" + f.path("recipient").asString(), f));
        assertThat(byFlow.get("PZ_ANTWERPEN->STAD_ANTWERPEN").path("disclosed").asBoolean()).isTrue();
        assertThat(byFlow.get("DOUANE->STAD_ANTWERPEN").path("disclosed").asBoolean()).isFalse();
        assertThat(byFlow.get("DOUANE->STAD_ANTWERPEN").path("reasons").asString()).contains("NO_PROTOCOL");
        assertThat(byFlow.get("PZ_ANTWERPEN->DOUANE").path("disclosed").asBoolean()).isFalse();

        String policeItem = byFlow.get("PZ_ANTWERPEN->STAD_ANTWERPEN").path("item").asString();
        String customsItem = byFlow.get("DOUANE->STAD_ANTWERPEN").path("item").asString();
        var cityReads = data.get("stad", "/api/v1/items/" + policeItem);
        assertThat(cityReads.status()).as(cityReads.body()).isEqualTo(200);
        assertThat(cityReads.body()).contains("Sluitingsuur");
        assertThat(data.get("stad", "/api/v1/items/" + customsItem).status()).isIn(403, 404);
        assertThat(data.get("douane", "/api/v1/items/" + customsItem).status()).isEqualTo(200);
        var otherService = data.get("douane", "/api/v1/items/" + policeItem);
        assertThat(otherService.status()).as("a participant does not read another service's item").isEqualTo(403);
        assertThat(otherService.body()).doesNotContain("Sluitingsuur");
    }
}
