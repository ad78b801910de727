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
 * Who sees what of a case: the 458ter gate (case record, items, also through the items API and
 * the listing), items only when disclosed to the organisation, 404 for non-participants and
 * guessed ids, confidential participants, who may submit; and the rules: illegal moves 409,
 * intervention limits 400, nothing written for a bad subject.
 */
@ApplicationTest
class CaseAccessIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    CaseTestData data;
    String id;

    @BeforeEach
    void setUp() {
        data = new CaseTestData(port);
        id = data.submit("stad", CaseTestData.unique("Nachtwinkel Zuid"), false, "RSZ_SOCIALE_INSPECTIE", "FOD_FINANCIEN_BBI")
                .path("id").asString();
    }

    @Test
    void nothingOfTheCaseBeforeTheAcknowledgement() {
        var record = data.get("inspectie", "/api/v1/cases/" + id);
        assertThat(record.status()).isEqualTo(403);
        assertThat(codes(record.json())).containsExactly("CONFIDENTIALITY_NOT_ACKNOWLEDGED");
        assertThat(record.json().path("reasons").get(0).path("message").asString()).contains("458ter");
        // an item of the City in the case, disclosed to nobody: the inspection may not even add its own yet
        var add = data.post("inspectie", "/api/v1/cases/" + id + "/items", """
                {"category": "SOCIAL", "text": "Vaststelling"}""");
        assertThat(add.status()).isEqualTo(403);
        assertThat(codes(add.json())).contains("CONFIDENTIALITY_NOT_ACKNOWLEDGED");
        assertThat(data.get("inspectie", "/api/v1/cases/" + id + "/items").status()).isEqualTo(403);

        data.acknowledge("inspectie", id);
        String social = data.item("inspectie", id, "SOCIAL", "Zwartwerk vastgesteld");
        assertThat(data.disclose("inspectie", social, "FOD_FINANCIEN_BBI", id).status()).isEqualTo(201);
        // disclosed to the tax inspection, whose user has not acknowledged: refused through the items API too
        var early = data.get("fiscus", "/api/v1/items/" + social);
        assertThat(early.status()).isEqualTo(403);
        assertThat(codes(early.json())).contains("CONFIDENTIALITY_NOT_ACKNOWLEDGED");
        assertThat(early.body()).doesNotContain("Zwartwerk");
        data.acknowledge("fiscus", id);
        var later = data.get("fiscus", "/api/v1/items/" + social);
        assertThat(later.status()).as(later.body()).isEqualTo(200);
        assertThat(later.body()).contains("Zwartwerk");
    }

    @Test
    void theSubjectRegisterShowsNoSubjectOfTheCaseBeforeTheAcknowledgement() {
        String name = "Poortbedrijf " + UUID.randomUUID().toString().replaceAll("[^a-f]", "").toUpperCase();
        var created = data.post("stad", "/api/v1/cases", """
                {"title": "%s", "signal": "x", "participants": ["RSZ_SOCIALE_INSPECTIE"],
                 "subjects": [{"type": "COMPANY", "name": "%s"}]}""".formatted(CaseTestData.unique("Poort"), name));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String caseId = created.json().path("id").asString();
        String search = "/api/v1/subjects?q=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)
                + "&purpose=" + java.net.URLEncoder.encode("Voorbereiding van het MAHO-overleg", java.nio.charset.StandardCharsets.UTF_8);
        var before = data.get("inspectie", search);
        assertThat(before.status()).as(before.body()).isEqualTo(200);
        assertThat(before.body()).doesNotContain(name);
        assertThat(data.get("inspectie", "/api/v1/subjects?compartment=" + caseId).status()).isIn(403, 404);
        data.acknowledge("inspectie", caseId);
        assertThat(data.get("inspectie", search).body()).contains(name);
    }

    @Test
    void aParticipantSeesOnlyTheItemsDisclosedToItsOrganisation() {
        data.acknowledge("inspectie", id);
        data.acknowledge("fiscus", id);
        String mine = data.item("inspectie", id, "SOCIAL", "Alleen voor de inspectie");
        String shared = data.item("inspectie", id, "SOCIAL", "Gedeeld met de stad");
        assertThat(data.disclose("inspectie", shared, "STAD_ANTWERPEN", id).status()).isEqualTo(201);

        var other = data.get("stad", "/api/v1/items/" + mine);
        assertThat(other.status()).isEqualTo(403);
        assertThat(codes(other.json())).containsExactly("OTHER_ORGANISATION");
        assertThat(data.get("stad", "/api/v1/items/" + shared).status()).isEqualTo(200);
        assertThat(data.get("fiscus", "/api/v1/items/" + shared).status()).isEqualTo(403);

        JsonNode cityList = data.get("stad", "/api/v1/cases/" + id + "/items").json();
        List<String> listed = new ArrayList<>();
        cityList.path("items").forEach(i -> listed.add(i.path("id").asString()));
        assertThat(listed).contains(shared).doesNotContain(mine);
    }

    @Test
    void nonParticipantsAndGuessedIdsGet404() {
        for (String user : List.of("kali.fgp", "douane", "audit")) {
            var read = data.get(user, "/api/v1/cases/" + id);
            assertThat(read.status()).as(user).isEqualTo(404);
            assertThat(data.post(user, "/api/v1/cases/" + id + "/acknowledgements", "").status()).as(user).isEqualTo(404);
            assertThat(data.post(user, "/api/v1/cases/" + id + "/items", """
                    {"category": "POLICE", "text": "x"}""").status()).as(user).isEqualTo(404);
        }
        var guessed = data.get("stad", "/api/v1/cases/" + UUID.randomUUID());
        var real = data.get("kali.fgp", "/api/v1/cases/" + id);
        assertThat(guessed.status()).isEqualTo(404);
        assertThat(real.json().path("detail").asString()).isEqualTo(guessed.json().path("detail").asString());
        assertThat(data.get("stad", "/api/v1/cases/not-an-id").status()).isEqualTo(404);
    }

    @Test
    void confidentialParticipantsAreHiddenFromPartners() {
        String secret = data.submit("stad", CaseTestData.unique("Garage West"), true, "RSZ_SOCIALE_INSPECTIE", "FOD_FINANCIEN_BBI")
                .path("id").asString();
        data.acknowledge("inspectie", secret);
        data.acknowledge("maho.coord", secret);
        JsonNode partner = data.get("inspectie", "/api/v1/cases/" + secret).json();
        List<String> seen = new ArrayList<>();
        partner.path("participants").forEach(p -> seen.add(p.asString()));
        assertThat(seen).containsExactly("RSZ_SOCIALE_INSPECTIE");
        assertThat(partner.path("participantsReduced").asBoolean()).isTrue();
        JsonNode coordinator = data.get("maho.coord", "/api/v1/cases/" + secret).json();
        assertThat(coordinator.path("participants")).hasSize(3);
    }

    @Test
    void onlyMahoUsersSubmitAndOnlyTheCoordinatorMoves() {
        var refused = data.post("kali.fgp", "/api/v1/cases", """
                {"title": "Niet van KALI", "signal": "x"}""");
        assertThat(refused.status()).isEqualTo(403);
        var partnerMove = data.move("stad", id, "SCREENING", null);
        assertThat(partnerMove.status()).isEqualTo(403);
        assertThat(codes(partnerMove.json())).containsExactly("COORDINATOR_ONLY");
        var invite = data.post("stad", "/api/v1/cases/" + id + "/participants", "{\"organisation\": \"DOUANE\"}");
        assertThat(invite.status()).isEqualTo(403);
    }

    @Test
    void illegalTransitionsAre409AndAReasonIsRequired() {
        data.acknowledge("maho.coord", id);
        var skip = data.move("maho.coord", id, "DECIDED", null);
        assertThat(skip.status()).isEqualTo(409);
        assertThat(skip.header("Content-Type")).startsWith("application/problem+json");
        assertThat(data.move("maho.coord", id, "CLOSED", null).status()).isEqualTo(409);
        var noReason = data.post("maho.coord", "/api/v1/cases/" + id + "/transitions", "{\"to\": \"SCREENING\"}");
        assertThat(noReason.status()).isEqualTo(400);
        data.moveOk("maho.coord", id, "SCREENING", null);
        assertThat(data.move("maho.coord", id, "ON_HOLD", null).status()).isEqualTo(400);
        data.moveOk("maho.coord", id, "ON_HOLD", "\"until\": \"" + TODAY.plusMonths(2) + "\"");
        data.moveOk("maho.coord", id, "IN_CONSULTATION", null);
        assertThat(data.move("maho.coord", id, "DECIDED", null).status()).isEqualTo(409);
        assertThat(data.move("maho.coord", id, "BOGUS", null).status()).isEqualTo(400);
    }

    @Test
    void interventionLimitsAre400() {
        data.acknowledge("maho.coord", id);
        data.moveOk("maho.coord", id, "SCREENING", null);
        data.moveOk("maho.coord", id, "IN_CONSULTATION", null);
        for (String[] over : List.of(new String[] {"DRUG_PREMISES_CLOSURE", "7"}, new String[] {"PUBLIC_ORDER_CLOSURE", "4"},
                new String[] {"TRAFFICKING_CLOSURE", "7"})) {
            var decided = data.post("maho.coord", "/api/v1/cases/" + id + "/decisions", """
                    {"leadOrganisation": "STAD_ANTWERPEN", "rationale": "Sluiting",
                     "interventions": [{"intervention": "%s", "leadOrganisation": "STAD_ANTWERPEN", "months": %s,
                                        "rationale": "Te lang"}]}""".formatted(over[0], over[1]));
            assertThat(decided.status()).as(over[0]).isEqualTo(400);
            assertThat(decided.body()).contains("interventions[0].to");
            JsonNode error = decided.json().path("errors").get(0);
            assertThat(error.path("code").asString()).isEqualTo("cases.error.limit");
            assertThat(error.path("message").asString()).as("in Dutch by default").contains("wettelijke grens").contains("maanden");
        }
        var unknown = data.post("maho.coord", "/api/v1/cases/" + id + "/decisions", """
                {"leadOrganisation": "STAD_ANTWERPEN", "rationale": "x",
                 "interventions": [{"intervention": "BANISHMENT", "leadOrganisation": "STAD_ANTWERPEN", "rationale": "x"}]}""");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(data.get("maho.coord", "/api/v1/cases/" + id).json().path("status").asString()).isEqualTo("IN_CONSULTATION");
    }

    @Test
    void aBadSubjectWritesNothing() {
        String title = CaseTestData.unique("Ongeldig");
        var created = data.post("stad", "/api/v1/cases", """
                {"title": "%s", "signal": "x", "subjects": [{"type": "COMPANY", "name": "X BV",
                 "identifiers": [{"type": "ENTERPRISE_NUMBER", "value": "0566.988.258"}]}]}""".formatted(title));
        assertThat(created.status()).as(created.body()).isEqualTo(400);
        assertThat(created.body()).contains("subjects[0].");
        assertThat(created.json().path("errors").get(0).path("code").asString()).isEqualTo("subjects.identifier.checkDigits");
        assertThat(created.json().path("errors").get(0).path("message").asString()).contains("controlegetal");
        assertThat(jdbc.sql("SELECT count(*) FROM maho_case WHERE title = ?").param(title).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM compartment WHERE title = ?").param(title).query(Long.class).single()).isZero();
    }
}
