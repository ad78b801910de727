package be.stroomplan.controls;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import be.stroomplan.support.ApplicationTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/** The lifecycle of a control action over the real API: legal and illegal moves, each legal one audited. */
@ApplicationTest
class ControlLifecycleIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    ControlTestData data;
    final String date = LocalDate.now(ZoneId.of("Europe/Brussels")).plusDays(10).toString();

    @BeforeEach
    void setUp() {
        data = new ControlTestData(port);
    }

    @Test
    void fromPlannedToReportedWithIllegalMovesRefused() {
        JsonNode created = data.plan(date, List.of("PZ_ANTWERPEN", "DOUANE"),
                List.of(ControlTestData.company("Nachtwinkel Lange Beeld BV", ControlTestData.enterpriseNumber())), List.of());
        String id = created.path("id").asString();
        assertThat(created.path("reference").asString()).matches("COAC-\\d{4}-\\d{4}");
        assertThat(created.path("status").asString()).isEqualTo("PLANNED");
        assertThat(created.path("startsAt").asString()).as("22:00 in Brussels")
                .isEqualTo(LocalDate.parse(date).atTime(22, 0).atZone(ZoneId.of("Europe/Brussels")).toInstant().toString());

        for (String illegal : List.of("APPROVED", "EXECUTED", "REPORTED")) {
            var refused = data.move("coac", id, illegal);
            assertThat(refused.status()).as(refused.body()).isEqualTo(409);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.json().path("code").asString()).isEqualTo("controls.error.transition");
        }
        data.moveOk(id, "DECONFLICTED");
        assertThat(data.read("coac", id).path("targets").get(0).path("deconfliction").asString()).isEqualTo("CLEAR");
        assertThat(data.move("coac", id, "REPORTED").status()).isEqualTo(409);
        data.moveOk(id, "APPROVED");
        data.moveOk(id, "EXECUTED");
        var noResults = data.move("coac", id, "REPORTED");
        assertThat(noResults.status()).isEqualTo(409);
        assertThat(noResults.json().path("code").asString()).isEqualTo("controls.error.noResults");
        var result = data.result("douane", id, data.target(id, "Nachtwinkel Lange Beeld BV"), "\"violations\": 2");
        assertThat(result.status()).as(result.body()).isEqualTo(201);
        data.moveOk(id, "REPORTED");
        assertThat(data.move("coac", id, "CANCELLED").status()).isEqualTo(409);
        assertThat(data.move("coac", id, "PLANNED").status()).isEqualTo(409);

        JsonNode read = data.read("coac", id);
        List<String> history = new ArrayList<>();
        read.path("history").forEach(h -> history.add(h.path("to").asString()));
        assertThat(history).containsExactly("PLANNED", "DECONFLICTED", "APPROVED", "EXECUTED", "REPORTED");
        assertThat(audited(id, "UPDATE", "-> ")).isEqualTo(4);
    }

    @Test
    void aCancellationNeedsAReasonAndEndsTheAction() {
        String id = data.plan(date, List.of("PZ_ANTWERPEN"),
                List.of(ControlTestData.company("Carwash Zuid BV", ControlTestData.enterpriseNumber())), List.of()).path("id").asString();
        var noReason = data.post("coac", "/api/v1/controls/" + id + "/transitions", "{\"to\": \"CANCELLED\"}");
        assertThat(noReason.status()).as(noReason.body()).isEqualTo(400);
        assertThat(noReason.json().path("errors").get(0).path("field").asString()).isEqualTo("reason");
        var unknown = data.post("coac", "/api/v1/controls/" + id + "/transitions", "{\"to\": \"DONE\", \"reason\": \"x\"}");
        assertThat(unknown.status()).isEqualTo(400);
        data.moveOk(id, "CANCELLED");
        assertThat(data.move("coac", id, "DECONFLICTED").status()).isEqualTo(409);
        assertThat(audited(id, "UPDATE", "PLANNED -> CANCELLED")).isEqualTo(1);
    }

    @Test
    void badPlansAnswerFieldErrorsAndWriteNothing() {
        long before = jdbc.sql("SELECT count(*) FROM control_action").query(Long.class).single();
        var bad = data.post("coac", "/api/v1/controls", """
                {"name": "", "type": "CASINO", "date": "4/12/2026", "from": "22:00", "to": "22:00", "area": "Noord",
                 "services": [{"organisation": "NOPE", "staff": -1}],
                 "targets": [{"subject": {"type": "COMPANY", "name": "X", "identifiers": [{"type": "ENTERPRISE_NUMBER", "value": "0566.988.258"}]}}]}""");
        assertThat(bad.status()).as(bad.body()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        bad.json().path("errors").forEach(e -> fields.add(e.path("field").asString()));
        assertThat(fields).contains("name", "type", "date", "services[0].organisation", "services[0].staff");
        var badTarget = data.post("coac", "/api/v1/controls", """
                {"name": "Bars", "type": "BAR", "date": "%s", "from": "20:00", "to": "23:00", "area": "Noord",
                 "services": [{"organisation": "DOUANE", "staff": 2}],
                 "targets": [{"subject": {"type": "COMPANY", "name": "X", "identifiers": [{"type": "ENTERPRISE_NUMBER", "value": "0566.988.258"}]}}]}"""
                .formatted(date));
        assertThat(badTarget.status()).as(badTarget.body()).isEqualTo(400);
        assertThat(badTarget.json().path("errors").get(0).path("field").asString()).startsWith("targets[0].subject.");
        var malformed = data.post("coac", "/api/v1/controls", "{\"name\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(jdbc.sql("SELECT count(*) FROM control_action").query(Long.class).single()).isEqualTo(before);
    }

    private long audited(String id, String action, String details) {
        String sql = "SELECT count(*) FROM %s WHERE object_type = 'CONTROL_ACTION' AND object_id = ? AND action = ? AND details LIKE ?";
        return jdbc.sql(sql.formatted("audit_pending")).params(id, action, "%" + details + "%").query(Long.class).single()
                + jdbc.sql(sql.formatted("audit_event")).params(id, action, "%" + details + "%").query(Long.class).single();
    }
}
