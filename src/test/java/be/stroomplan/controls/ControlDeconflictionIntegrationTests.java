package be.stroomplan.controls;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import be.stroomplan.support.ApplicationTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * Submission deconflicts every target: a subject of an open KALI dossier goes ON_HOLD with a ticket,
 * the others CLEAR; nothing about the dossier reaches the action; the held target takes no result
 * until the magistrate decides GO; a NO_GO keeps it barred.
 */
@ApplicationTest
class ControlDeconflictionIntegrationTests {

    @LocalServerPort
    int port;

    ControlTestData data;
    final String date = LocalDate.now(ZoneId.of("Europe/Brussels")).plusDays(14).toString();

    @BeforeEach
    void setUp() {
        data = new ControlTestData(port);
    }

    @Test
    void aTargetOfAnOpenDossierIsHeldUntilTheMagistrateSaysGo() {
        String number = ControlTestData.nationalNumber();
        String dossier = data.dossierWithPerson("Karim Verborgen", number);
        String id = data.plan(date, List.of("PZ_ANTWERPEN", "DOUANE"), List.of(ControlTestData.person("Karim Verborgen", number),
                ControlTestData.company("Nachtwinkel Vrij BV", ControlTestData.enterpriseNumber())), List.of()).path("id").asString();
        data.moveOk(id, "DECONFLICTED");

        JsonNode read = data.read("coac", id);
        JsonNode held = read.path("targets").get(0);
        JsonNode clear = read.path("targets").get(1);
        assertThat(held.path("deconfliction").asString()).isEqualTo("ON_HOLD");
        assertThat(held.path("state").asString()).isEqualTo("ON_HOLD");
        assertThat(held.path("tickets")).hasSize(1);
        assertThat(clear.path("deconfliction").asString()).isEqualTo("CLEAR");
        assertThat(clear.path("tickets")).isEmpty();
        assertThat(read.toString()).doesNotContain(dossier).doesNotContain("Operatie");

        String heldId = held.path("id").asString();
        var refused = data.result("douane", id, heldId, null);
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().path("code").asString()).isEqualTo("controls.error.targetOnHold");
        assertThat(refused.json().path("detail").asString()).contains("on hold");
        var notYet = data.move("coac", id, "APPROVED");
        assertThat(notYet.status()).isEqualTo(409);
        assertThat(notYet.json().path("code").asString()).isEqualTo("controls.error.pendingTickets");

        data.decide(held.path("tickets").get(0).path("ticket").asString(), "GO_WITH_CONDITIONS", "Niet voor 23 uur binnengaan");
        ControlTestData.eventually(() -> data.read("coac", id).path("targets").get(0).path("visitable").asBoolean());
        JsonNode decided = data.read("douane", id).path("targets").get(0);
        assertThat(decided.path("state").asString()).isEqualTo("CLEARED_BY_MAGISTRATE");
        assertThat(decided.path("tickets").get(0).path("decision").asString()).isEqualTo("GO_WITH_CONDITIONS");
        assertThat(decided.path("tickets").get(0).path("conditions").asString()).isEqualTo("Niet voor 23 uur binnengaan");

        data.moveOk(id, "APPROVED");
        var accepted = data.result("douane", id, heldId, "\"officialReports\": [\"an.12.l1.012345/26\"], \"arrests\": 1");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        assertThat(accepted.json().path("officialReports").get(0).asString()).isEqualTo("AN.12.L1.012345/26");
        var pdf = data.get("coac", "/api/v1/controls/" + id + "/briefing.pdf");
        assertThat(pdf.status()).isEqualTo(200);
    }

    @Test
    void aNoGoKeepsTheTargetBarredAndTheActionGoesAheadWithoutIt() {
        String number = ControlTestData.nationalNumber();
        data.dossierWithPerson("Sofie Gesloten", number);
        String id = data.plan(date, List.of("DOUANE"), List.of(ControlTestData.person("Sofie Gesloten", number)), List.of())
                .path("id").asString();
        data.moveOk(id, "DECONFLICTED");
        JsonNode held = data.read("coac", id).path("targets").get(0);
        data.decide(held.path("tickets").get(0).path("ticket").asString(), "NO_GO", null);
        ControlTestData.eventually(() -> "BARRED".equals(data.read("coac", id).path("targets").get(0).path("state").asString()));
        data.moveOk(id, "APPROVED");
        var barred = data.result("douane", id, held.path("id").asString(), null);
        assertThat(barred.status()).isEqualTo(409);
        assertThat(barred.json().path("code").asString()).isEqualTo("controls.error.targetBarred");
        var badPv = data.post("douane", "/api/v1/controls/" + id + "/results",
                "{\"target\": \"" + held.path("id").asString() + "\", \"officialReports\": [\"12345\"]}");
        assertThat(badPv.status()).as("the target rule comes first").isEqualTo(409);
    }
}
