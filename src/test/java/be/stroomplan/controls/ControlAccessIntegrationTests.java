package be.stroomplan.controls;

import static be.stroomplan.controls.ControlTestData.codes;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import be.stroomplan.support.ApplicationTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** Who sees and does what on a control action: planner, participating service, other organisation, wrong role, guessed id. */
@ApplicationTest
class ControlAccessIntegrationTests {

    @LocalServerPort
    int port;

    ControlTestData data;
    final String date = LocalDate.now(ZoneId.of("Europe/Brussels")).plusDays(12).toString();

    @BeforeEach
    void setUp() {
        data = new ControlTestData(port);
    }

    @Test
    void theOtherOrganisationAndAGuessedIdGetTheSameNotFound() {
        String id = data.plan(date, List.of("PZ_ANTWERPEN", "DOUANE"),
                List.of(ControlTestData.company("Bar Centraal BV", ControlTestData.enterpriseNumber())), List.of()).path("id").asString();
        var other = data.get("fiscus", "/api/v1/controls/" + id);
        var guessed = data.get("fiscus", "/api/v1/controls/" + UUID.randomUUID());
        assertThat(other.status()).isEqualTo(404);
        assertThat(guessed.status()).isEqualTo(404);
        assertThat(other.json().path("detail").asString()).isEqualTo(guessed.json().path("detail").asString());
        assertThat(data.get("fiscus", "/api/v1/controls/not-an-id").status()).isEqualTo(404);
        assertThat(data.move("fiscus", id, "CANCELLED").status()).isEqualTo(404);
        assertThat(data.get("fiscus", "/api/v1/controls/" + id + "/briefing.pdf").status()).isEqualTo(404);
        assertThat(data.get("kali.pza", "/api/v1/controls/" + id).status()).as("PZ is a service: its investigator takes part")
                .isEqualTo(200);
        JsonNode list = data.get("fiscus", "/api/v1/controls?size=200").json();
        list.path("items").forEach(a -> assertThat(a.path("id").asString()).isNotEqualTo(id));
    }

    @Test
    void aParticipatingServiceReadsTheRecordButDoesNotCoordinate() {
        String id = data.plan(date, List.of("DOUANE"),
                List.of(ControlTestData.company("Invoer Haven NV", ControlTestData.enterpriseNumber())), List.of()).path("id").asString();
        JsonNode read = data.read("douane", id);
        assertThat(read.path("coordinator").asBoolean()).isFalse();
        assertThat(read.path("targets").get(0).path("label").asString()).isEqualTo("Invoer Haven NV");
        var move = data.move("douane", id, "CANCELLED");
        assertThat(move.status()).as(move.body()).isEqualTo(403);
        assertThat(codes(move.json())).containsExactly("COORDINATOR_ONLY");
        boolean listed = false;
        for (JsonNode a : data.get("douane", "/api/v1/controls?size=200&sort=reference&dir=asc").json().path("items")) {
            listed |= a.path("id").asString().equals(id);
        }
        assertThat(listed).isTrue();
        var pdf = data.get("douane", "/api/v1/controls/" + id + "/briefing.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(pdf.body()).startsWith("%PDF");
        // PZ (the planner's organisation) is no service here: it enters no results
        data.moveOk(id, "DECONFLICTED");
        data.moveOk(id, "APPROVED");
        var notAService = data.result("coac", id, data.target(id, "Invoer Haven NV"), null);
        assertThat(notAService.status()).as(notAService.body()).isEqualTo(403);
        assertThat(codes(notAService.json())).containsExactly("NOT_A_SERVICE");
    }

    @Test
    void onlyACoacCoordinatorPlans() {
        for (String user : List.of("kali.pza", "douane", "maho.coord")) {
            var refused = data.post(user, "/api/v1/controls", """
                    {"name": "Eigen actie", "type": "BAR", "date": "%s", "from": "20:00", "to": "23:00", "area": "Noord",
                     "services": [{"organisation": "DOUANE", "staff": 2}]}""".formatted(date));
            assertThat(refused.status()).as(user + ": " + refused.body()).isEqualTo(403);
            assertThat(codes(refused.json())).containsExactly("ROLE_NOT_ALLOWED");
        }
        assertThat(data.http.get("/api/v1/controls", null, null).status()).isEqualTo(401);
    }

    @Test
    void aTargetFromTheRegisterMustBeReadable() {
        var unreadable = data.post("coac", "/api/v1/controls", """
                {"name": "Bars", "type": "BAR", "date": "%s", "from": "20:00", "to": "23:00", "area": "Noord",
                 "services": [{"organisation": "DOUANE", "staff": 2}], "targets": [{"subjectId": "%s"}]}"""
                .formatted(date, UUID.randomUUID()));
        assertThat(unreadable.status()).as(unreadable.body()).isEqualTo(400);
        assertThat(unreadable.json().path("errors").get(0).path("field").asString()).isEqualTo("targets[0].subjectId");
    }
}
