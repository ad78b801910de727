package be.stroomplan.dossiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import be.stroomplan.audit.AuditTrail;
import be.stroomplan.support.ApplicationTest;
import be.stroomplan.support.Http;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * Who sees a dossier: the PZ and the FGP members of KALI both work on it; MAHO, the city, the
 * inspectors and the administrator learn nothing of it (a guessed id, a random id and a malformed
 * id give the same 404; lists and subject searches stay silent); a restricted dossier hides from
 * KALI members who are not named.
 */
@ApplicationTest
class DossierAccessIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditTrail trail;

    DossierTestData data;

    @BeforeEach
    void setUp() {
        data = new DossierTestData(port);
    }

    @Test
    void aPzAndAnFgpMemberOfKaliBothReadAndAddItemsAndSubjectsToTheSameDossier() {
        String id = data.open("kali.pza");

        var pzItem = data.post("/api/v1/dossiers/" + id + "/items", "kali.pza", DossierTestData.item("POLICE", "Observatie PZ"));
        assertThat(pzItem.status()).as(pzItem.body()).isEqualTo(201);
        assertThat(pzItem.json().path("ownerOrganisation").asString()).isEqualTo("PZ_ANTWERPEN");
        var fgpItem = data.post("/api/v1/dossiers/" + id + "/items", "kali.fgp", DossierTestData.item("JUDICIAL", "Verhoor FGP"));
        assertThat(fgpItem.status()).as(fgpItem.body()).isEqualTo(201);

        var pzSubject = data.post("/api/v1/dossiers/" + id + "/subjects", "kali.pza", """
                {"subject": {"type": "PERSON", "name": "Karim Vermeulen", "birthDate": "1990-02-03"}, "category": "SUSPECT"}""");
        assertThat(pzSubject.status()).as(pzSubject.body()).isEqualTo(201);
        assertThat(pzSubject.json().path("id").asString()).isNotBlank();
        assertThat(pzSubject.json().path("category").asString()).isEqualTo("SUSPECT");
        String subjectId = pzSubject.json().path("subjectId").asString();
        var fgpSubject = data.post("/api/v1/dossiers/" + id + "/subjects", "kali.fgp", """
                {"subject": {"type": "COMPANY", "name": "Havenlogistiek Noord BV",
                 "identifiers": [{"type": "ENTERPRISE_NUMBER", "value": "0566.988.259"}]}, "category": "OTHER"}""");
        assertThat(fgpSubject.status()).as(fgpSubject.body()).isEqualTo(201);

        for (String user : List.of("kali.pza", "kali.fgp", "magistraat")) {
            JsonNode dossier = data.get("/api/v1/dossiers/" + id, user);
            assertThat(dossier.path("status").asString()).isEqualTo("OPEN");
            assertThat(dossier.path("ownerOrganisation").asString()).isEqualTo("FGP_ANTWERPEN");
            assertThat(names(dossier.path("subjects"), "name")).containsExactlyInAnyOrder("Karim Vermeulen", "Havenlogistiek Noord BV");
            assertThat(data.get("/api/v1/items/" + pzItem.json().path("id").asString(), user).path("text").asString())
                    .isEqualTo("Observatie PZ");
            assertThat(data.get("/api/v1/items/" + fgpItem.json().path("id").asString(), user).path("text").asString())
                    .isEqualTo("Verhoor FGP");
            assertThat(data.get("/api/v1/subjects/" + subjectId, user).path("name").asString()).isEqualTo("Karim Vermeulen");
        }
        assertThat(names(data.get("/api/v1/dossiers?size=200", "kali.pza").path("items"), "id")).contains(id);
        assertThat(names(data.get("/api/v1/dossiers/" + id + "/timeline", "kali.fgp").path("events"), "kind"))
                .contains("OPENED", "ITEM_ADDED", "SUBJECT_ADDED");
    }

    @ParameterizedTest
    @ValueSource(strings = { "maho.coord", "stad", "inspectie", "douane", "admin", "dpo", "lead", "coac" })
    void outsidersLearnNothingOfTheDossier(String outsider) {
        String id = data.open("kali.fgp");
        var subject = data.post("/api/v1/dossiers/" + id + "/subjects", "kali.fgp", """
                {"subject": {"type": "PERSON", "name": "Zoltan Verborgenheid"}, "category": "SUSPECT"}""");
        assertThat(subject.status()).isEqualTo(201);

        Http.Response real = data.http.get("/api/v1/dossiers/" + id, outsider, "demo");
        Http.Response random = data.http.get("/api/v1/dossiers/" + UUID.randomUUID(), outsider, "demo");
        Http.Response malformed = data.http.get("/api/v1/dossiers/not-a-dossier", outsider, "demo");
        for (Http.Response response : List.of(real, random, malformed)) {
            assertThat(response.status()).isEqualTo(404);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(shape(response.json())).isEqualTo(shape(random.json()));
            assertThat(response.json().path("detail").asString()).isEqualTo(random.json().path("detail").asString());
        }
        assertThat(real.json().path("detail").asString()).doesNotContain(id);
        assertThat(data.http.get("/api/v1/dossiers/" + id + "/timeline", outsider, "demo").status()).isEqualTo(404);
        assertThat(data.post("/api/v1/dossiers/" + id + "/items", outsider, DossierTestData.item("POLICE", "x")).status())
                .isEqualTo(404);
        assertThat(data.post("/api/v1/dossiers/" + id + "/subjects", outsider, """
                {"subject": {"type": "PERSON", "name": "Iemand"}, "category": "WITNESS"}""").status()).isEqualTo(404);

        Http.Response list = data.http.get("/api/v1/dossiers?size=200", outsider, "demo");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).doesNotContain(id);
        Http.Response search = data.http.get("/api/v1/subjects?q=Zoltan%20Verborgenheid&purpose="
                + "Controle%20van%20een%20melding%20over%20een%20persoon", outsider, "demo");
        assertThat(search.body()).doesNotContain("Verborgenheid").doesNotContain(subject.json().path("subjectId").asString());
    }

    @Test
    void aRestrictedDossierHidesFromKaliMembersWhoAreNotNamed() {
        String id = data.open("kali.fgp", "\"restricted\": true, \"members\": [\"kali.fgp\"]");
        assertThat(data.http.get("/api/v1/dossiers/" + id, "kali.pza", "demo").status()).isEqualTo(404);
        assertThat(data.http.get("/api/v1/dossiers?size=200", "kali.pza", "demo").body()).doesNotContain(id);
        assertThat(data.get("/api/v1/dossiers/" + id, "kali.fgp").path("restricted").asBoolean()).isTrue();
        assertThat(data.get("/api/v1/dossiers/" + id, "magistraat").path("members").toString()).doesNotContain("\"TEAM\"");

        var added = data.post("/api/v1/dossiers/" + id + "/members", "kali.fgp", "{\"username\": \"kali.pza\"}");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        assertThat(data.get("/api/v1/dossiers/" + id, "kali.pza").path("id").asString()).isEqualTo(id);
        assertThat(data.http.send("DELETE", "/api/v1/dossiers/" + id + "/members?username=kali.pza", "kali.fgp", "demo").status())
                .isEqualTo(200);
        assertThat(data.http.get("/api/v1/dossiers/" + id, "kali.pza", "demo").status()).isEqualTo(404);
    }

    @Test
    void onlyKaliInvestigatorsAnalystsAndTheMagistrateOpenDossiers() {
        for (String user : List.of("maho.coord", "stad", "inspectie", "douane", "admin", "coac")) {
            var refused = data.post("/api/v1/dossiers", user, """
                    {"noticeNumber": "%s", "title": "Poging", "magistrate": "magistraat", "leadInvestigator": "kali.fgp"}"""
                    .formatted(DossierTestData.noticeNumber()));
            assertThat(refused.status()).as(user).isEqualTo(403);
            assertThat(refused.json().path("reasons").get(0).path("code").asString()).isEqualTo("ROLE_NOT_ALLOWED");
        }
        assertThat(data.open("magistraat")).isNotBlank();
    }

    @Test
    void everyReadOfADossierAndEveryDenialIsAudited() {
        String id = data.open("kali.fgp");
        data.get("/api/v1/dossiers/" + id, "kali.pza");
        data.http.get("/api/v1/dossiers/" + id, "stad", "demo");
        assertThat(audited(id, "READ", "kali.pza")).isPositive();
        assertThat(audited(id, "DENIED", "stad")).isPositive();
    }

    private long audited(String id, String action, String user) {
        trail.flush();
        return jdbc.sql("""
                SELECT count(*) FROM audit_event
                WHERE action = ? AND object_type = 'DOSSIER' AND compartment = ? AND actor_user = ?""")
                .params(action, id, user).query(Long.class).single();
    }

    static List<String> names(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.path(field).asString()));
        return out;
    }

    static List<String> shape(JsonNode node) {
        List<String> fields = new ArrayList<>(node.propertyNames());
        fields.sort(null);
        return fields;
    }
}
