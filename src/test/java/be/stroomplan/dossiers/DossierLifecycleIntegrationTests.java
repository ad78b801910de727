package be.stroomplan.dossiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import be.stroomplan.support.ApplicationTest;
import be.stroomplan.support.Http;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The status lifecycle over the API (legal moves succeed, illegal ones are 409, a judicial
 * investigation needs a judge), validation (notice and PV numbers, required fields, seizures,
 * arrests, tasks) and duplicates.
 */
@ApplicationTest
class DossierLifecycleIntegrationTests {

    @LocalServerPort
    int port;

    DossierTestData data;

    @BeforeEach
    void setUp() {
        data = new DossierTestData(port);
    }

    private Http.Response move(String id, String user, String body) {
        return data.post("/api/v1/dossiers/" + id + "/transitions", user, body);
    }

    @Test
    void legalMovesSucceedAndIllegalOnesAreConflicts() {
        String id = data.open("kali.fgp");
        var noJudge = move(id, "magistraat", "{\"to\": \"JUDICIAL_INVESTIGATION\"}");
        assertThat(noJudge.status()).isEqualTo(400);
        assertThat(fields(noJudge.json())).containsExactly("judge");
        assertThat(move(id, "kali.fgp", "{\"to\": \"JUDICIAL_INVESTIGATION\", \"judge\": \"Onderzoeksrechter Peeters\"}")
                .status()).as("only the magistrate decides").isEqualTo(403);

        var toJudge = move(id, "magistraat", "{\"to\": \"JUDICIAL_INVESTIGATION\", \"judge\": \"Onderzoeksrechter Peeters\", \"reason\": \"huiszoeking nodig\"}");
        assertThat(toJudge.status()).as(toJudge.body()).isEqualTo(200);
        assertThat(toJudge.json().path("status").asString()).isEqualTo("JUDICIAL_INVESTIGATION");
        assertThat(toJudge.json().path("judge").asString()).isEqualTo("Onderzoeksrechter Peeters");

        var back = move(id, "magistraat", "{\"to\": \"OPEN\"}");
        assertThat(back.status()).isEqualTo(409);
        assertThat(back.header("Content-Type")).startsWith("application/problem+json");
        assertThat(back.json().path("code").asString()).isEqualTo("dossiers.error.transition");

        assertThat(move(id, "magistraat", "{\"to\": \"REFERRED_TO_COURT\"}").status()).isEqualTo(200);
        for (String to : List.of("OPEN", "JUDICIAL_INVESTIGATION", "CLOSED_DISMISSED", "JOINED")) {
            assertThat(move(id, "magistraat", "{\"to\": \"" + to + "\", \"judge\": \"X\", \"joinedInto\": \"" + data.open("kali.fgp") + "\"}")
                    .status()).as("from REFERRED_TO_COURT to " + to).isEqualTo(409);
        }
        assertThat(move(id, "magistraat", "{\"to\": \"SOMEWHERE\"}").status()).isEqualTo(400);
        assertThat(names(data.get("/api/v1/dossiers/" + id + "/timeline", "kali.pza").path("events"), "kind"))
                .containsSubsequence("OPENED", "STATUS_CHANGED", "STATUS_CHANGED");
    }

    @Test
    void openMayBeDismissedSummonedDirectlyOrJoinedWithALink() {
        assertThat(move(data.open("kali.fgp"), "magistraat", "{\"to\": \"CLOSED_DISMISSED\", \"reason\": \"sepot\"}").status())
                .isEqualTo(200);
        assertThat(move(data.open("kali.fgp"), "magistraat", "{\"to\": \"REFERRED_TO_COURT\"}").status()).isEqualTo(200);

        String main = data.open("kali.fgp");
        String joined = data.open("kali.fgp");
        assertThat(move(joined, "magistraat", "{\"to\": \"JOINED\"}").status()).isEqualTo(400);
        assertThat(move(joined, "magistraat", "{\"to\": \"JOINED\", \"joinedInto\": \"" + joined + "\"}").status()).isEqualTo(400);
        var ok = move(joined, "magistraat", "{\"to\": \"JOINED\", \"joinedInto\": \"" + main + "\"}");
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        JsonNode after = data.get("/api/v1/dossiers/" + joined, "kali.pza");
        assertThat(after.path("joinedInto").asString()).isEqualTo(main);
        assertThat(names(after.path("linkedDossiers"), "id")).containsExactly(main);
        assertThat(names(data.get("/api/v1/dossiers/" + main, "kali.pza").path("linkedDossiers"), "id")).containsExactly(joined);
        assertThat(names(data.get("/api/v1/dossiers?status=JOINED&size=200", "kali.pza").path("items"), "id")).contains(joined)
                .doesNotContain(main);
    }

    @Test
    void badNoticeAndReportNumbersAndMissingFieldsAre400WithFieldErrors() {
        var missing = data.post("/api/v1/dossiers", "kali.fgp", "{}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
        assertThat(fields(missing.json())).containsExactlyInAnyOrder("noticeNumber", "title", "magistrate", "leadInvestigator");

        var bad = data.post("/api/v1/dossiers", "kali.fgp", """
                {"noticeNumber": "AN.12.L1.12345/24", "title": "T", "magistrate": "kali.pza", "leadInvestigator": "stad",
                 "officialReports": ["AN.12.L1.012345/2024", "AN.12.L1.012346/24"]}""");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(fields(bad.json())).containsExactlyInAnyOrder("noticeNumber", "magistrate", "leadInvestigator", "officialReports[0]");
        assertThat(codes(bad.json())).contains("dossiers.error.notice.sequence", "dossiers.error.notice.year");

        var ok = data.post("/api/v1/dossiers", "kali.pza", """
                {"noticeNumber": " an.12.l1.%s ", "title": "Operatie Dok", "magistrate": "magistraat", "leadInvestigator": "kali.pza",
                 "officialReports": ["AN.12.L1.000001/26", "AN.12.L1.000001/26"], "unknown": 1}"""
                .formatted(DossierTestData.noticeNumber().substring(9)));
        assertThat(ok.status()).as(ok.body()).isEqualTo(201);
        assertThat(ok.json().path("noticeNumber").asString()).startsWith("AN.12.L1.");
        assertThat(ok.json().path("officialReports").size()).isEqualTo(1);
        assertThat(ok.json().path("ownerOrganisation").asString()).isEqualTo("PZ_ANTWERPEN");

        var duplicate = data.post("/api/v1/dossiers", "kali.fgp", """
                {"noticeNumber": "%s", "title": "Nog eens", "magistrate": "magistraat", "leadInvestigator": "kali.fgp"}"""
                .formatted(ok.json().path("noticeNumber").asString()));
        assertThat(duplicate.status()).isEqualTo(409);
    }

    @Test
    void seizuresArrestsAndTasksAreValidatedAndTotalled() {
        String id = data.open("kali.fgp");
        String base = "/api/v1/dossiers/" + id;
        var negative = data.post(base + "/seizures", "kali.pza", """
                {"kind": "DRUGS", "drugType": "COCAINE", "quantityKg": "-1", "seizedOn": "2999-01-01"}""");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(fields(negative.json())).containsExactlyInAnyOrder("quantityKg", "seizedOn");
        assertThat(fields(data.post(base + "/seizures", "kali.pza", "{\"kind\": \"CASH\", \"amountEur\": -5, \"seizedOn\": \"2026-01-02\"}")
                .json())).containsExactly("amountEur");
        assertThat(fields(data.post(base + "/seizures", "kali.pza", "{}").json())).containsExactlyInAnyOrder("kind", "seizedOn");

        assertThat(data.post(base + "/seizures", "kali.pza", """
                {"kind": "DRUGS", "drugType": "COCAINE", "quantityKg": 1200.5, "seizedOn": "2026-01-02"}""").status()).isEqualTo(201);
        assertThat(data.post(base + "/seizures", "kali.fgp", """
                {"kind": "DRUGS", "drugType": "COCAINE", "quantityKg": "0,5", "seizedOn": "2026-01-03"}""").status()).isEqualTo(201);
        assertThat(data.post(base + "/seizures", "kali.fgp", """
                {"kind": "CASH", "amountEur": "25000.00", "seizedOn": "2026-01-03"}""").status()).isEqualTo(201);
        assertThat(data.post(base + "/seizures", "kali.fgp", """
                {"kind": "VEHICLE", "count": 2, "description": "1-ABC-123, 2-XYZ-987", "seizedOn": "2026-01-03"}""").status())
                .isEqualTo(201);
        JsonNode totals = data.get(base, "kali.pza").path("seizureTotals");
        assertThat(totals.path("drugsKg").path("COCAINE").decimalValue()).isEqualByComparingTo("1201.0");
        assertThat(totals.path("cashEur").decimalValue()).isEqualByComparingTo("25000");
        assertThat(totals.path("vehicles").asInt()).isEqualTo(2);

        var subject = data.post(base + "/subjects", "kali.fgp", "{\"subject\": {\"type\": \"PERSON\", \"name\": \"Ruben Aerts\"}, \"category\": \"SUSPECT\"}");
        String subjectId = subject.json().path("subjectId").asString();
        assertThat(fields(data.post(base + "/arrests", "kali.fgp", "{\"subject\": \"" + java.util.UUID.randomUUID()
                + "\", \"arrestedOn\": \"2999-01-01\"}").json())).containsExactlyInAnyOrder("subject", "arrestedOn", "place");
        assertThat(data.post(base + "/arrests", "kali.fgp", "{\"subject\": \"" + subjectId
                + "\", \"arrestedOn\": \"2026-01-04\", \"place\": \"Noorderlaan, Antwerpen\"}").status()).isEqualTo(201);

        assertThat(fields(data.post(base + "/tasks", "kali.fgp", "{\"title\": \"Bankgegevens opvragen\", \"assignee\": \"stad\"}")
                .json())).containsExactly("assignee");
        var task = data.post(base + "/tasks", "kali.fgp", "{\"title\": \"Bankgegevens opvragen\", \"assignee\": \"kali.pza\", \"dueOn\": \"2026-12-31\"}");
        assertThat(task.status()).isEqualTo(201);
        assertThat(data.post(base + "/tasks/" + task.json().path("id").asString() + "/done", "kali.pza", "").status()).isEqualTo(200);
        JsonNode dossier = data.get(base, "kali.fgp");
        assertThat(dossier.path("counts").path("arrests").asInt()).isEqualTo(1);
        assertThat(dossier.path("tasks").get(0).path("done").asBoolean()).isTrue();
        assertThat(names(data.get(base + "/timeline", "kali.fgp").path("events"), "kind"))
                .contains("SEIZURE", "ARREST", "TASK_ADDED", "TASK_DONE", "SUBJECT_ADDED");
    }

    @Test
    void subjectsByIdMustBeReadableAndInvalidIdentifiersAre400() {
        String id = data.open("kali.fgp");
        var invalid = data.post("/api/v1/dossiers/" + id + "/subjects", "kali.fgp", """
                {"subject": {"type": "PERSON", "name": "Mohamed El Amrani",
                 "identifiers": [{"type": "NATIONAL_NUMBER", "value": "89041212357"}]}, "category": "SUSPECT"}""");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(fields(invalid.json())).containsExactly("subject.identifiers[0].value");
        assertThat(data.post("/api/v1/dossiers/" + id + "/subjects", "kali.fgp", "{\"subject\": {\"type\": \"PERSON\", \"name\": \"X Y\"}}")
                .status()).isEqualTo(400);
        assertThat(data.post("/api/v1/dossiers/" + id + "/subjects", "kali.fgp",
                "{\"subjectId\": \"" + java.util.UUID.randomUUID() + "\", \"category\": \"WITNESS\"}").status()).isEqualTo(404);

        String other = data.open("kali.fgp");
        var existing = data.post("/api/v1/dossiers/" + other + "/subjects", "kali.fgp",
                "{\"subject\": {\"type\": \"PERSON\", \"name\": \"Els Wouters\"}, \"category\": \"WITNESS\"}");
        var linked = data.post("/api/v1/dossiers/" + id + "/subjects", "kali.pza",
                "{\"subjectId\": \"" + existing.json().path("subjectId").asString() + "\", \"category\": \"VICTIM\"}");
        assertThat(linked.status()).as(linked.body()).isEqualTo(201);
        assertThat(linked.json().path("category").asString()).isEqualTo("VICTIM");
        assertThat(data.post("/api/v1/dossiers/" + id + "/subjects", "kali.pza",
                "{\"subjectId\": \"" + existing.json().path("subjectId").asString() + "\", \"category\": \"VICTIM\"}").status())
                .isEqualTo(409);
    }

    static List<String> fields(JsonNode problem) {
        List<String> out = new ArrayList<>();
        problem.path("errors").forEach(e -> out.add(e.path("field").asString()));
        return out;
    }

    static List<String> codes(JsonNode problem) {
        List<String> out = new ArrayList<>();
        problem.path("errors").forEach(e -> out.add(e.path("code").asString()));
        return out;
    }

    static List<String> names(JsonNode array, String field) {
        return DossierAccessIntegrationTests.names(array, field);
    }
}
