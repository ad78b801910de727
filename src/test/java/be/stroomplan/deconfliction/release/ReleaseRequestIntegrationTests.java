package be.stroomplan.deconfliction.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import be.stroomplan.support.ApplicationTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * Release requests end to end over the API: a participant asks, the KALI magistrate sees the request
 * with the dossier in which the subject appears, approves a choice of fields or refuses with a
 * reason, and the answer flows back (status, timeline note, notification). The released item is
 * read by the participant whose organisation a protocol covers, not by the one without; the original
 * stays unreadable for every participant. Only the magistrate decides; another case’s participant
 * and a guessed id get 404.
 */
@ApplicationTest
class ReleaseRequestIntegrationTests {

    @LocalServerPort
    int port;

    ReleaseTestData data;

    @BeforeEach
    void setUp() {
        data = new ReleaseTestData(port);
        data.scene();
    }

    @Test
    void anApprovedReleaseCarriesOnlyTheSelectedFieldsAndFlowsBack() {
        String source = data.dossierItem("Verhoor zaakvoerder", "Geheime verklaring over de cocaïnelading",
                "{\"omzet\": \"1,2 miljoen contant\", \"informant\": \"Bron Delta-7\"}");
        String request = data.ask("stad");
        JsonNode requester = data.ok(data.get("stad", "/api/v1/release-requests/" + request), 200);
        assertThat(requester.path("status").asString()).isEqualTo("PENDING");
        assertThat(requester.has("question")).isFalse();
        assertThat(requester.has("dossiers")).isFalse();

        JsonNode pending = data.ok(data.get("magistraat", "/api/v1/release-requests?status=PENDING&size=100"), 200);
        JsonNode mine = null;
        for (JsonNode r : pending.path("items")) {
            if (r.path("id").asString().equals(request)) {
                mine = r;
            }
        }
        assertThat(mine).as(pending.toString()).isNotNull();
        assertThat(mine.path("subject").path("name").asString()).isEqualTo("Carwash Vrijgave BV");
        assertThat(mine.path("waitingSeconds").asLong()).isGreaterThanOrEqualTo(0);
        assertThat(mine.path("dossiers").toString()).contains(data.dossier, data.noticeNumber, source);

        JsonNode approved = data.ok(data.post("magistraat", "/api/v1/release-requests/" + request + "/approve", """
                {"item": "%s", "title": true, "text": false, "fields": ["omzet"]}""".formatted(source)), 200);
        assertThat(approved.path("status").asString()).isEqualTo("APPROVED");
        String released = approved.path("releasedItem").asString();

        // the auditorate (a protocol Parket → auditorate, JUDICIAL) reads exactly the selection and the provenance
        var read = data.get("audit", "/api/v1/items/" + released);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.body()).contains("Verhoor zaakvoerder", "1,2 miljoen contant", data.noticeNumber)
                .doesNotContain("Geheime verklaring", "Bron Delta-7", "informant");
        assertThat(read.json().toString()).contains("\"releasedFrom\":\"" + data.noticeNumber + "\"", "releasedBy", "releasedAt");
        assertThat(read.body()).contains("\"category\":\"JUDICIAL\"").contains("PARKET_ANTWERPEN");
        // the City has no protocol for judicial information from the Parket: it does not read it
        var city = data.get("stad", "/api/v1/items/" + released);
        assertThat(city.status()).isIn(403, 404);
        assertThat(city.body()).doesNotContain("1,2 miljoen");
        // the original stays in the dossier, unreadable for every participant of the case
        for (String user : List.of("stad", "audit", "maho.coord")) {
            var original = data.get(user, "/api/v1/items/" + source);
            assertThat(original.status()).as(user).isEqualTo(404);
            assertThat(original.body()).doesNotContain("Geheime verklaring");
        }
        // the answer flows back: the requester's view, the case's timeline, a notification
        JsonNode after = data.ok(data.get("stad", "/api/v1/release-requests/" + request), 200);
        assertThat(after.path("decision").asString()).isEqualTo("APPROVED");
        assertThat(after.path("releasedItem").asString()).isEqualTo(released);
        JsonNode kase = data.ok(data.get("stad", "/api/v1/cases/" + data.caseId), 200);
        assertThat(kinds(kase.path("notes"))).contains("RELEASE_APPROVED");
        JsonNode notes = data.ok(data.get("stad", "/api/v1/cases/notifications"), 200);
        assertThat(notes.toString()).contains("Release approved");
        // decided once
        assertThat(data.post("magistraat", "/api/v1/release-requests/" + request + "/refuse", "{\"reason\": \"later\"}").status())
                .isEqualTo(409);
    }

    @Test
    void aRefusalNeedsAReasonAndTheReasonFlowsBack() {
        String request = data.ask("audit");
        var blank = data.post("magistraat", "/api/v1/release-requests/" + request + "/refuse", "{\"reason\": \" \"}");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body()).contains("reason");
        JsonNode refused = data.ok(data.post("magistraat", "/api/v1/release-requests/" + request + "/refuse",
                "{\"reason\": \"Lopend onderzoek, geen vrijgave\"}"), 200);
        assertThat(refused.path("status").asString()).isEqualTo("REFUSED");
        JsonNode seen = data.ok(data.get("audit", "/api/v1/release-requests/" + request), 200);
        assertThat(seen.path("decision").asString()).isEqualTo("REFUSED");
        assertThat(seen.path("refusalReason").asString()).isEqualTo("Lopend onderzoek, geen vrijgave");
        assertThat(seen.path("releasedItem").isNull()).isTrue();
        JsonNode kase = data.ok(data.get("maho.coord", "/api/v1/cases/" + data.caseId), 200);
        assertThat(kase.path("notes").toString()).contains("RELEASE_REFUSED", "Lopend onderzoek, geen vrijgave");
        assertThat(data.ok(data.get("audit", "/api/v1/cases/notifications"), 200).toString())
                .contains("Release refused", "Lopend onderzoek");
    }

    @Test
    void onlyTheMagistrateListsAndDecides() {
        String source = data.dossierItem("Observatie", "Tekst", "{\"plaats\": \"Noorderlaan\"}");
        String request = data.ask("maho.coord");
        for (String user : List.of("maho.coord", "kali.fgp", "stad", "admin")) {
            var approve = data.post(user, "/api/v1/release-requests/" + request + "/approve",
                    "{\"item\": \"%s\", \"title\": true}".formatted(source));
            assertThat(approve.status()).as(user).isEqualTo(403);
            assertThat(approve.body()).contains("ROLE_NOT_ALLOWED");
            assertThat(data.post(user, "/api/v1/release-requests/" + request + "/refuse", "{\"reason\": \"nee\"}").status())
                    .as(user).isEqualTo(403);
            assertThat(data.get(user, "/api/v1/release-requests?status=PENDING").status()).as(user).isEqualTo(403);
        }
        assertThat(data.ok(data.get("maho.coord", "/api/v1/release-requests/" + request), 200).path("status").asString())
                .isEqualTo("PENDING");
        // nothing selected, or a field the item does not have: 400
        assertThat(data.post("magistraat", "/api/v1/release-requests/" + request + "/approve",
                "{\"item\": \"%s\"}".formatted(source)).status()).isEqualTo(400);
        assertThat(data.post("magistraat", "/api/v1/release-requests/" + request + "/approve",
                "{\"item\": \"%s\", \"fields\": [\"bestaatNiet\"]}".formatted(source)).status()).isEqualTo(400);
        assertThat(data.post("magistraat", "/api/v1/release-requests/" + request + "/approve",
                "{\"item\": \"%s\", \"title\": true, \"summary\": \"ook\"}".formatted(source)).status()).isEqualTo(400);
        // a written summary instead of fields
        JsonNode approved = data.ok(data.post("magistraat", "/api/v1/release-requests/" + request + "/approve",
                "{\"item\": \"%s\", \"summary\": \"De vennootschap is gekend; geen bezwaar tegen een controle.\"}"
                        .formatted(source)), 200);
        var summary = data.get("maho.coord", "/api/v1/items/" + approved.path("releasedItem").asString());
        assertThat(summary.status()).as(summary.body()).isEqualTo(200);
        assertThat(summary.body()).contains("geen bezwaar tegen een controle").doesNotContain("Noorderlaan");
    }

    @Test
    void anotherCasesParticipantAndAGuessedIdGetNotFound() {
        String request = data.ask("stad");
        String other = data.ok(data.post("maho.coord", "/api/v1/cases", """
                {"title": "Ander %s", "signal": "x", "participants": ["FOD_FINANCIEN_BBI"]}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8))), 201).path("id").asString();
        data.ok(data.post("fiscus", "/api/v1/cases/" + other + "/acknowledgements", ""), 201);
        var foreign = data.get("fiscus", "/api/v1/release-requests/" + request);
        var guessed = data.get("fiscus", "/api/v1/release-requests/" + UUID.randomUUID());
        var malformed = data.get("fiscus", "/api/v1/release-requests/not-an-id");
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(guessed.status()).isEqualTo(404);
        assertThat(malformed.status()).isEqualTo(404);
        assertThat(foreign.body().replace(request, "ID")).isEqualTo(guessed.body().replace(guessedId(guessed), "ID"));
        var ask = data.post("fiscus", "/api/v1/cases/" + data.caseId + "/release-requests",
                "{\"subject\": \"%s\", \"question\": \"Gekend?\"}".formatted(data.caseSubject));
        assertThat(ask.status()).isEqualTo(404);
        // a subject of another case is no subject of this one
        var wrong = data.post("stad", "/api/v1/cases/" + data.caseId + "/release-requests",
                "{\"subject\": \"%s\", \"question\": \"Gekend?\"}".formatted(UUID.randomUUID()));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("subject");
    }

    private static String guessedId(be.stroomplan.support.Http.Response response) {
        String instance = response.json().path("instance").asString();
        return instance.substring(instance.lastIndexOf('/') + 1);
    }

    private static List<String> kinds(JsonNode notes) {
        List<String> kinds = new ArrayList<>();
        notes.forEach(n -> kinds.add(n.path("kind").asString()));
        return kinds;
    }
}
