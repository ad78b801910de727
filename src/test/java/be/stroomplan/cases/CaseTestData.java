package be.stroomplan.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import be.stroomplan.support.Http;

import tools.jackson.databind.JsonNode;

/** Cases over the real API, with the demo users (password demo). */
final class CaseTestData {

    static final String PASSWORD = "demo";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Brussels"));
    static final String JSON = "application/json";

    final Http http;

    CaseTestData(int port) {
        this.http = new Http(port);
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    Http.Response post(String user, String path, String body) {
        return http.post(path, user, PASSWORD, JSON, body);
    }

    Http.Response get(String user, String path) {
        return http.get(path, user, PASSWORD);
    }

    /** A case submitted by {@code user} with the participants; returns its JSON (id, reference). */
    JsonNode submit(String user, String title, boolean confidential, String... participants) {
        var created = post(user, "/api/v1/cases", """
                {"title": "%s", "signal": "Melding van overlast en vermoedelijk witwassen", "urgency": "HIGH",
                 "subjects": [{"type": "COMPANY", "name": "Carwash Noord BV",
                               "identifiers": [{"type": "ENTERPRISE_NUMBER", "value": "0566.988.259"}]}],
                 "participants": [%s], "confidentialParticipants": %s}"""
                .formatted(title, quoted(participants), confidential));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    static String quoted(String... values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            out.add("\"" + v + "\"");
        }
        return String.join(", ", out);
    }

    void acknowledge(String user, String caseId) {
        var ack = post(user, "/api/v1/cases/" + caseId + "/acknowledgements", "");
        assertThat(ack.status()).as(ack.body()).isEqualTo(201);
    }

    Http.Response move(String user, String caseId, String to, String extra) {
        return post(user, "/api/v1/cases/" + caseId + "/transitions",
                "{\"to\": \"" + to + "\", \"reason\": \"Besproken op het MAHO-overleg\"" + (extra == null ? "" : ", " + extra) + "}");
    }

    void moveOk(String user, String caseId, String to, String extra) {
        var moved = move(user, caseId, to, extra);
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().path("status").asString()).isEqualTo(to);
    }

    String item(String user, String caseId, String category, String text) {
        var created = post(user, "/api/v1/cases/" + caseId + "/items", """
                {"category": "%s", "classification": "NONE", "tlp": "AMBER", "sourceReliability": "B",
                 "informationAccuracy": "2", "handlingCode": "H0", "text": "%s"}""".formatted(category, text));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    Http.Response disclose(String user, String item, String recipient, String caseId) {
        return post(user, "/api/v1/items/" + item + "/disclosures", """
                {"recipient": "%s", "compartment": "%s", "purpose": "MAHO_CASUSOVERLEG"}""".formatted(recipient, caseId));
    }

    static List<String> codes(JsonNode problem) {
        List<String> codes = new ArrayList<>();
        problem.path("reasons").forEach(r -> codes.add(r.path("code").asString()));
        return codes;
    }

    /** A case taken to IN_CONSULTATION and decided with one closure (art. 9bis, 3 months); returns the intervention id. */
    String decided(String caseId) {
        moveOk("maho.coord", caseId, "SCREENING", null);
        moveOk("maho.coord", caseId, "IN_CONSULTATION", null);
        var decided = post("maho.coord", "/api/v1/cases/" + caseId + "/decisions", """
                {"leadOrganisation": "STAD_ANTWERPEN", "rationale": "Bestuurlijke sluiting, gevolgd door fiscale controle",
                 "interventions": [{"intervention": "DRUG_PREMISES_CLOSURE", "leadOrganisation": "STAD_ANTWERPEN",
                                    "from": "%s", "months": 3, "rationale": "Ernstige aanwijzingen van drugshandel"}]}"""
                .formatted(TODAY));
        assertThat(decided.status()).as(decided.body()).isEqualTo(201);
        return decided.json().path("interventions").get(0).path("id").asString();
    }
}
