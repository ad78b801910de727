package be.stroomplan.subjects;

import static be.stroomplan.subjects.SubjectTestData.ids;
import static be.stroomplan.subjects.SubjectTestData.nationalNumber;
import static be.stroomplan.subjects.SubjectTestData.q;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import be.stroomplan.audit.AuditTrail;
import be.stroomplan.partners.PartnerDirectory;
import be.stroomplan.partners.Role;
import be.stroomplan.partners.internal.UserStore;
import be.stroomplan.support.ApplicationTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The subject register over real HTTP on the real database. The scene, with users of its own: a
 * KALI dossier opened by a PZ investigator with an FGP investigator as MEMBER and a PZ colleague
 * as READER; a MAHO case opened by the same PZ investigator with a city officer as MEMBER; and a
 * dossier of an FGP outsider that nobody else is a member of.
 */
@ApplicationTest
class SubjectRegisterIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditTrail trail;
    @Autowired
    UserStore users;
    @Autowired
    PartnerDirectory directory;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    MessageSource messages;

    SubjectTestData data;
    String pza;
    String fgp;
    String reader;
    String stad;
    String outsider;
    String dossier;
    String kase;
    String otherDossier;

    @BeforeEach
    void scene() {
        data = new SubjectTestData(port, jdbc, trail, users, directory, encoder);
        pza = data.user("PZ_ANTWERPEN", "KALI", Role.INVESTIGATOR);
        fgp = data.user("FGP_ANTWERPEN", "KALI", Role.INVESTIGATOR);
        reader = data.user("PZ_ANTWERPEN", "KALI", Role.ANALYST);
        stad = data.user("STAD_ANTWERPEN", "MAHO", Role.CITY_OFFICER);
        outsider = data.user("FGP_ANTWERPEN", "KALI", Role.INVESTIGATOR);
        dossier = data.compartment(pza, "DOSSIER", Map.of(fgp, "MEMBER", reader, "READER"));
        kase = data.compartment(pza, "CASE", Map.of(stad, "MEMBER"));
        otherDossier = data.compartment(outsider, "DOSSIER", Map.of());
    }

    @Test
    void aMemberRecordsASubjectAndAnotherMemberOfTheDossierReadsIt() {
        String nn = nationalNumber("890412", 123);
        var created = data.create(pza, """
                {"compartment": "%s", "type": "PERSON", "name": "Mohamed El Amrani", "birthDate": "1989-04-12",
                 "birthPlace": "Nador", "nationality": "ma", "category": "SUSPECT", "ref": "PV-0001", "unknownField": 1,
                 "identifiers": [{"type": "NATIONAL_NUMBER", "value": "%s"}, {"type": "PHONE", "value": "0470 12 34 56"}],
                 "addresses": [{"line": "Turnhoutsebaan 12 bus 3, 2140 Borgerhout"}]}""".formatted(dossier,
                nn.substring(0, 2) + "." + nn.substring(2, 4) + "." + nn.substring(4, 6) + "-" + nn.substring(6, 9) + "." + nn.substring(9)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode subject = created.json();
        String id = subject.path("id").asString();
        assertThat(created.header("Location")).endsWith("/api/v1/subjects/" + id);
        assertThat(subject.path("ref").asString()).isEqualTo("PV-0001");
        assertThat(subject.path("type").asString()).isEqualTo("PERSON");
        assertThat(subject.path("name").asString()).isEqualTo("Mohamed El Amrani");
        assertThat(subject.path("nationality").asString()).isEqualTo("MA");
        assertThat(subject.path("compartment").asString()).isEqualTo(dossier);

        var read = data.get(fgp, "/api/v1/subjects/" + id);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        List<String> values = new ArrayList<>();
        read.json().path("identifiers").forEach(i -> values.add(i.path("type").asString() + "=" + i.path("value").asString()));
        assertThat(values).contains("NATIONAL_NUMBER=" + nn, "PHONE=+32470123456");
        assertThat(read.json().path("addresses").get(0).path("postcode").asString()).isEqualTo("2140");
        assertThat(read.json().path("category").asString()).isEqualTo("SUSPECT");

        assertThat(data.audit(pza)).anySatisfy(row -> assertThat(row).containsEntry("action", "CREATE")
                .containsEntry("object_type", "SUBJECT").containsEntry("object_id", id).containsEntry("compartment", dossier));
        assertThat(data.audit(fgp)).anySatisfy(row -> assertThat(row).containsEntry("action", "READ").containsEntry("object_id", id)
                .containsEntry("purpose", dossier).containsEntry("legal_basis", "KALI dossier " + dossier));
    }

    @Test
    void everyIdentifierFailureGivesItsOwnLocalisedMessage() {
        String body = """
                {"compartment": "%s", "type": "PERSON", "name": " ", "category": "BOOS", "birthDate": "12/04/1989",
                 "identifiers": [{"type": "NATIONAL_NUMBER", "value": "93051822362"},
                                 {"type": "ENTERPRISE_NUMBER", "value": "2566988259"},
                                 {"type": "IBAN", "value": "BE68 5390 0754 7035"},
                                 {"type": "PLATE", "value": "ABCDEFG"},
                                 {"type": "CONTAINER", "value": "CSQU3054384"},
                                 {"type": "SHOE_SIZE", "value": "43"}]}""".formatted(dossier);
        var dutch = data.create(pza, body);
        assertThat(dutch.status()).as(dutch.body()).isEqualTo(400);
        assertThat(dutch.header("Content-Type")).startsWith("application/problem+json");
        Map<String, String> nl = errors(dutch.json());
        assertThat(nl.keySet()).containsExactlyInAnyOrder("name", "category", "birthDate", "identifiers[0].value",
                "identifiers[1].value", "identifiers[2].value", "identifiers[3].value", "identifiers[4].value", "identifiers[5].type");
        Locale dutchLocale = Locale.forLanguageTag("nl");
        assertThat(nl.get("identifiers[0].value")).isEqualTo(messages.getMessage("subjects.identifier.checkDigits", null, dutchLocale));
        assertThat(nl.get("identifiers[1].value")).isEqualTo(messages.getMessage("subjects.enterpriseNumber.firstDigit",
                new Object[] { "2" }, dutchLocale));
        assertThat(nl.get("identifiers[3].value")).contains("ABCDEFG");
        assertThat(nl.get("name")).isEqualTo("Dit veld is verplicht.");

        var french = data.postIn("fr-BE,fr;q=0.9", pza, "/api/v1/subjects", body);
        assertThat(french.statusCode()).isEqualTo(400);
        Map<String, String> fr = errors(JsonMapper.builder().build().readTree(french.body()));
        assertThat(fr.get("identifiers[0].value")).isEqualTo(messages.getMessage("subjects.identifier.checkDigits", null, Locale.FRENCH))
                .isNotEqualTo(nl.get("identifiers[0].value"));
        assertThat(fr.get("name")).isEqualTo("Ce champ est obligatoire.");
        var english = data.postIn("en", pza, "/api/v1/subjects", body);
        assertThat(errors(JsonMapper.builder().build().readTree(english.body())).get("category")).startsWith("Choose one of: SUSPECT");
    }

    @Test
    void onlyWritingMembersRecordSubjects() {
        String body = """
                {"compartment": "%s", "type": "COMPANY", "name": "Carwash Noord BV", "category": "OTHER",
                 "identifiers": [{"type": "ENTERPRISE_NUMBER", "value": "0566.988.259"}]}""";
        assertThat(data.create(reader, body.formatted(dossier)).status()).isEqualTo(403);
        assertThat(data.create(outsider, body.formatted(dossier)).status()).isEqualTo(404);
        assertThat(data.create(pza, body.formatted(UUID.randomUUID())).status()).isEqualTo(404);
        assertThat(data.create(pza, body.formatted("geen-id")).status()).isEqualTo(404);
        assertThat(data.create(pza, body.formatted(dossier)).status()).isEqualTo(201);
        var onRecord = data.create(stad, body.formatted(kase).replace("\"OTHER\"", "\"OTHER\", \"onRecord\": true"));
        assertThat(onRecord.status()).as("only a manager puts a subject on the record").isEqualTo(403);
        assertThat(data.create("admin", body.formatted(dossier)).status()).isEqualTo(404);
    }

    @Test
    void searchingNeedsAPurpose() {
        data.person(pza, dossier, "Youssef Benali", "1990-02-03", null);
        var none = data.get(pza, "/api/v1/subjects?q=Benali");
        assertThat(none.status()).isEqualTo(400);
        assertThat(errors(none.json())).containsKey("purpose");
        assertThat(data.get(pza, "/api/v1/subjects?q=Benali&purpose=" + q("te kort")).status()).isEqualTo(400);
        assertThat(data.get(pza, "/api/v1/subjects?q=Benali&purpose=" + otherDossier).status())
                .as("a compartment the user is not in is no purpose").isEqualTo(400);
        var withDossier = data.get(pza, "/api/v1/subjects?q=Benali&purpose=" + dossier);
        assertThat(withDossier.status()).as(withDossier.body()).isEqualTo(200);
        assertThat(withDossier.json().path("items").size()).isEqualTo(1);
        assertThat(withDossier.json().path("page").asInt()).isZero();
        assertThat(withDossier.json().path("totalPages").asInt()).isEqualTo(1);
        var justified = data.get(pza, "/api/v1/subjects?q=Benali&purpose=" + q("Voorbereiding van de controle in Borgerhout"));
        assertThat(justified.status()).isEqualTo(200);
        assertThat(data.audit(pza)).anySatisfy(row -> assertThat(row).containsEntry("action", "SEARCH")
                .containsEntry("purpose", "Justification: Voorbereiding van de controle in Borgerhout"));
        assertThat(data.audit(pza)).anySatisfy(row -> assertThat(row).containsEntry("action", "SEARCH").containsEntry("purpose", dossier)
                .containsEntry("compartment", dossier));
    }

    @Test
    void nameSearchFindsTransliterationsAndIdentifierSearchIsExact() {
        String nn = nationalNumber("890412", 211);
        String first = data.person(pza, dossier, "Mohamed El Amrani", "1989-04-12", nn);
        String joined = data.person(pza, dossier, "Mohammed Elamrani", null, null);
        String article = data.person(pza, dossier, "Muhammad Al-Amrani", null, null);
        String swapped = data.person(pza, dossier, "AMRANI EL Mohamed", null, null);
        String other = data.person(pza, dossier, "Jan Peeters", "1970-01-01", null);
        String distant = data.person(pza, dossier, "Karim Amrouche", null, null);

        var found = data.get(pza, "/api/v1/subjects?q=" + q("El Amrani") + "&purpose=" + dossier);
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        List<String> ranked = ids(found.json());
        assertThat(ranked.subList(0, 4)).containsExactlyInAnyOrder(first, joined, article, swapped);
        assertThat(ranked).doesNotContain(other);
        if (ranked.contains(distant)) {
            assertThat(ranked.indexOf(distant)).isGreaterThan(3);
        }

        var exact = data.get(pza, "/api/v1/subjects?q=" + q(nn.substring(0, 6) + " " + nn.substring(6)) + "&purpose=" + dossier);
        assertThat(exact.status()).isEqualTo(200);
        assertThat(ids(exact.json())).containsExactly(first);
        List<Map<String, Object>> searches = data.audit(pza).stream().filter(r -> "SEARCH".equals(r.get("action"))).toList();
        assertThat(searches).hasSize(2);
        assertThat((String) searches.get(1).get("details")).contains("NATIONAL_NUMBER").doesNotContain(nn)
                .doesNotContain(nn.substring(0, 6));

        var paged = data.get(pza, "/api/v1/subjects?q=" + q("El Amrani") + "&purpose=" + dossier + "&size=2&page=1");
        assertThat(paged.json().path("page").asInt()).isEqualTo(1);
        assertThat(paged.json().path("totalPages").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(ids(paged.json())).containsExactlyElementsOf(ranked.subList(2, 4));
    }

    @Test
    void searchNeverReturnsASubjectFromACompartmentTheUserCannotRead() {
        String own = data.person(pza, kase, "Karim Bouzidi", "1985-05-05", null);
        String city = data.person(stad, kase, "Karim Bouzidi", "1985-05-05", null);
        String foreign = data.person(outsider, otherDossier, "Karim Bouzidi", "1985-05-05", null);
        String joint = data.person(fgp, dossier, "Karim Bouzidi", "1985-05-05", null);
        var recordBody = """
                {"compartment": "%s", "type": "PERSON", "name": "Karim Bouzidi", "category": "OTHER", "onRecord": true}""";
        var record = data.create(pza, recordBody.formatted(kase));
        assertThat(record.status()).as(record.body()).isEqualTo(201);
        String onRecord = record.json().path("id").asString();

        String justification = q("Onderzoek naar de bende rond Bouzidi");
        assertThat(ids(data.get(pza, "/api/v1/subjects?q=Bouzidi&purpose=" + justification).json()))
                .containsExactlyInAnyOrder(own, joint, onRecord);
        assertThat(ids(data.get(stad, "/api/v1/subjects?q=Bouzidi&purpose=" + kase).json()))
                .containsExactlyInAnyOrder(city, onRecord);
        assertThat(ids(data.get(fgp, "/api/v1/subjects?q=Bouzidi&purpose=" + dossier).json())).containsExactly(joint);
        assertThat(ids(data.get(outsider, "/api/v1/subjects?q=Bouzidi&purpose=" + otherDossier).json())).containsExactly(foreign);
        assertThat(data.get("admin", "/api/v1/subjects?q=Bouzidi&purpose=" + justification).status()).isEqualTo(403);

        assertThat(data.get(pza, "/api/v1/subjects/" + city).status()).as("another organisation's record in a case").isEqualTo(403);
        assertThat(data.get(fgp, "/api/v1/subjects/" + own).status()).as("not a member of the case").isEqualTo(404);
        assertThat(data.get(pza, "/api/v1/subjects/" + foreign).status()).as("not a member of the dossier").isEqualTo(404);
        assertThat(data.get(pza, "/api/v1/subjects/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(data.get(pza, "/api/v1/subjects/geraden").status()).isEqualTo(404);
        assertThat(data.audit(pza)).anySatisfy(row -> assertThat(row).containsEntry("action", "DENIED").containsEntry("object_id", city));

        var listing = data.get(stad, "/api/v1/subjects?compartment=" + kase + "&size=500");
        assertThat(listing.status()).as(listing.body()).isEqualTo(200);
        assertThat(ids(listing.json())).containsExactlyInAnyOrder(city, onRecord);
        assertThat(ids(data.get(pza, "/api/v1/subjects?compartment=" + kase + "&page=0&size=500").json()))
                .containsExactlyInAnyOrder(own, onRecord);
        assertThat(data.get(fgp, "/api/v1/subjects?compartment=" + kase).status()).isEqualTo(404);
        assertThat(data.audit(stad)).anySatisfy(row -> assertThat(row).containsEntry("action", "READ")
                .containsEntry("object_type", "COMPARTMENT").containsEntry("object_id", kase));
    }

    @Test
    void matchesComeFromEveryReadableCompartmentAndOnlyThose() {
        String nn = nationalNumber("890412", 315);
        String subject = data.person(pza, dossier, "Mohamed El Amrani", "1989-04-12", nn);
        String sameFile = data.person(fgp, dossier, "Mohamed El Amrani", "1989-04-12", nn);
        String inCase = data.person(pza, kase, "EL AMRANI Mohammed", "1989-12-04", null);
        String cityCopy = data.person(stad, kase, "Mohamed El Amrani", "1989-04-12", nn);
        String foreign = data.person(outsider, otherDossier, "Mohamed El Amrani", "1989-04-12", nn);
        String stranger = data.person(pza, dossier, "Mohamed El Amrani", "1962-09-30", nationalNumber("620930", 17));

        var response = data.get(pza, "/api/v1/subjects/" + subject + "/matches");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        Map<String, JsonNode> matches = new java.util.HashMap<>();
        response.json().path("matches").forEach(m -> matches.put(m.path("subjectId").asString(), m));
        assertThat(matches.keySet()).contains(sameFile, inCase).doesNotContain(cityCopy, foreign, subject, stranger);
        assertThat(matches.get(sameFile).path("decision").asString()).isEqualTo("MATCH");
        assertThat(reasons(matches.get(sameFile))).contains("same national number");
        assertThat(matches.get(inCase).path("decision").asString()).isIn("MATCH", "POSSIBLE");
        assertThat(reasons(matches.get(inCase))).contains("name variant", "birth day and month swapped");
        assertThat(matches.get(inCase).path("score").asDouble()).isBetween(0.7, 1.0);

        var decided = data.http.post("/api/v1/subjects/" + subject + "/matches/" + inCase, pza, "demo", "application/json",
                "{\"decision\": \"SAME\"}");
        assertThat(decided.status()).as(decided.body()).isEqualTo(201);
        assertThat(data.http.post("/api/v1/subjects/" + subject + "/matches/" + cityCopy, pza, "demo", "application/json",
                "{\"decision\": \"SAME\"}").status()).isEqualTo(403);
        assertThat(data.http.post("/api/v1/subjects/" + subject + "/matches/" + foreign, pza, "demo", "application/json",
                "{\"decision\": \"SAME\"}").status()).isEqualTo(404);
        assertThat(data.http.post("/api/v1/subjects/" + subject + "/matches/" + inCase, reader, "demo", "application/json",
                "{\"decision\": \"NOT_SAME\"}").status()).isEqualTo(404);
        var after = data.get(pza, "/api/v1/subjects/" + subject + "/matches").json();
        JsonNode confirmed = null;
        for (JsonNode m : after.path("matches")) {
            if (m.path("subjectId").asString().equals(inCase)) {
                confirmed = m;
            }
        }
        assertThat(confirmed).isNotNull();
        assertThat(confirmed.path("decision").asString()).isEqualTo("MATCH");
        assertThat(confirmed.path("confirmed").asString()).isEqualTo("SAME");
        assertThat(data.audit(pza)).anySatisfy(row -> assertThat(row).containsEntry("action", "DECIDE").containsEntry("object_id", subject));
        var split = data.http.post("/api/v1/subjects/" + subject + "/matches/" + inCase, pza, "demo", "application/json",
                "{\"decision\": \"NOT_SAME\"}");
        assertThat(split.status()).isEqualTo(201);
        assertThat(jdbc.sql("SELECT count(*) FROM subject_match_decision WHERE subject_a = LEAST(CAST(? AS uuid), CAST(? AS uuid))"
                + " AND subject_b = GREATEST(CAST(? AS uuid), CAST(? AS uuid))").params(subject, inCase, subject, inCase)
                .query(Long.class).single()).as("the history stays").isEqualTo(2);
    }

    @Test
    void theGraphAndThePathsShowOnlyWhatTheUserMayRead() {
        String a = data.person(pza, dossier, "Achraf Ouali", "1991-01-01", null);
        String b = data.person(pza, dossier, "Bilal Ouali", "1993-03-03", null);
        String c = data.company(pza, dossier, "Carwash Noord BV", "0566.988.259");
        String d = data.person(fgp, dossier, "Dries Peeters", "1980-08-08", null);
        var onRecord = data.create(pza, """
                {"compartment": "%s", "type": "PERSON", "name": "Rachid Ouali", "category": "SUSPECT", "onRecord": true}"""
                .formatted(kase));
        String r = onRecord.json().path("id").asString();
        String s = data.person(stad, kase, "Sami Ouali", "1995-05-05", null);

        assertThat(data.relate(pza, a, "FAMILY", b).status()).isEqualTo(201);
        assertThat(data.relate(pza, b, "DIRECTOR_OF", c).status()).isEqualTo(201);
        assertThat(data.relate(fgp, c, "EMPLOYS", d).status()).isEqualTo(201);
        assertThat(data.relate(fgp, d, "ASSOCIATE", a).status()).isEqualTo(201); // a cycle a-b-c-d-a
        assertThat(data.relate(pza, r, "FAMILY", a).status()).isEqualTo(201);
        assertThat(data.relate(stad, s, "FAMILY", r).status()).isEqualTo(201);
        assertThat(data.relate(pza, a, "FAMILY", s).status()).as("stad's subject is not readable for pza").isEqualTo(403);
        assertThat(data.relate(reader, a, "FAMILY", b).status()).as("a READER does not write").isEqualTo(403);
        var invalid = data.http.post("/api/v1/subjects/" + a + "/relations", pza, "demo", "application/json",
                "{\"type\": \"FRIEND\", \"target\": \"" + b + "\", \"grading\": \"Z9\", \"from\": \"2024-05-01\", \"to\": \"2023-01-01\"}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(errors(invalid.json()).keySet()).containsExactlyInAnyOrder("type", "grading", "to");

        var depthOne = data.get(pza, "/api/v1/subjects/" + a + "/graph?depth=1").json();
        assertThat(nodes(depthOne)).containsExactlyInAnyOrder(a, b, d, r);
        var depthThree = data.get(pza, "/api/v1/subjects/" + a + "/graph?depth=3").json();
        assertThat(nodes(depthThree)).containsExactlyInAnyOrder(a, b, c, d, r).doesNotContain(s);
        assertThat(depthThree.path("edges").size()).isEqualTo(5);
        depthThree.path("edges").forEach(edge -> assertThat(List.of(edge.path("source").asString(), edge.path("target").asString()))
                .doesNotContain(s));
        assertThat(data.get(pza, "/api/v1/subjects/" + a + "/graph?depth=4").status()).isEqualTo(400);

        var cityGraph = data.get(stad, "/api/v1/subjects/" + r + "/graph?depth=3").json();
        assertThat(nodes(cityGraph)).containsExactlyInAnyOrder(r, s);
        assertThat(data.get(stad, "/api/v1/subjects/" + a + "/graph?depth=1").status()).isEqualTo(404);

        var paths = data.get(pza, "/api/v1/subjects/" + a + "/paths/" + c).json();
        List<List<String>> found = new ArrayList<>();
        paths.path("paths").forEach(p -> {
            List<String> ids = new ArrayList<>();
            p.path("subjects").forEach(id -> ids.add(id.asString()));
            found.add(ids);
            assertThat(p.path("length").asInt()).isEqualTo(2);
        });
        assertThat(found).containsExactlyInAnyOrder(List.of(a, b, c), List.of(a, d, c));
        assertThat(paths.path("subjects").path(b).path("name").asString()).isEqualTo("Bilal Ouali");
        assertThat(data.get(pza, "/api/v1/subjects/" + r + "/paths/" + c + "?maxDepth=2").json().path("paths").size()).isZero();
        assertThat(data.get(pza, "/api/v1/subjects/" + r + "/paths/" + c + "?maxDepth=3").json().path("paths").size()).isEqualTo(2);
        assertThat(data.get(stad, "/api/v1/subjects/" + s + "/paths/" + c).status()).isEqualTo(404);

        var read = data.get(pza, "/api/v1/subjects/" + a).json();
        assertThat(read.path("relations").size()).isEqualTo(3);
        assertThat(read.path("relations").get(0).path("grading").asString()).isEqualTo("B2");
    }

    private static List<String> nodes(JsonNode graph) {
        List<String> ids = new ArrayList<>();
        graph.path("nodes").forEach(n -> ids.add(n.path("id").asString()));
        return ids;
    }

    private static List<String> reasons(JsonNode match) {
        List<String> reasons = new ArrayList<>();
        match.path("reasons").forEach(r -> reasons.add(r.asString()));
        return reasons;
    }

    private static Map<String, String> errors(JsonNode problem) {
        Map<String, String> errors = new java.util.HashMap<>();
        problem.path("errors").forEach(e -> errors.put(e.path("field").asString(), e.path("message").asString()));
        return errors;
    }
}
