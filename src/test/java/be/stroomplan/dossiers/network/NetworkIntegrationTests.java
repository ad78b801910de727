package be.stroomplan.dossiers.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import be.stroomplan.audit.AuditTrail;
import be.stroomplan.partners.PartnerDirectory;
import be.stroomplan.partners.Role;
import be.stroomplan.partners.internal.UserStore;
import be.stroomplan.support.ApplicationTest;
import be.stroomplan.support.Http;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.w3c.dom.Document;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The network API over real HTTP on the real database. The scene: a KALI dossier opened by a PZ
 * investigator with an FGP investigator as MEMBER, holding the chain Ali - Bram - Carl - Havenlogistiek
 * BV, Dirk linked to Carl, and Eddy on his own; a second dossier of the PZ investigator alone; and
 * an FGP investigator of KALI who is a member of neither.
 */
@ApplicationTest
class NetworkIntegrationTests {

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

    NetworkTestData data;
    String pza;
    String fgp;
    String outsider;
    String dossier;
    String other;
    String ali;
    String bram;
    String carl;
    String dirk;
    String haven;
    String eddy;
    String frank;
    String family;
    String associate;
    String director;
    String ungraded;

    @BeforeEach
    void scene() {
        data = new NetworkTestData(port, jdbc, trail, users, directory, encoder);
        pza = data.user("PZ_ANTWERPEN", "KALI", Role.INVESTIGATOR);
        fgp = data.user("FGP_ANTWERPEN", "KALI", Role.INVESTIGATOR);
        outsider = data.user("FGP_ANTWERPEN", "KALI", Role.INVESTIGATOR);
        dossier = data.compartment(pza, "DOSSIER", "Netwerk " + UUID.randomUUID(), Map.of(fgp, "MEMBER"));
        other = data.compartment(pza, "DOSSIER", "Ander " + UUID.randomUUID(), Map.of());
        ali = data.subject(pza, dossier, "PERSON", "Ali Amrani");
        bram = data.subject(fgp, dossier, "PERSON", "Bram Peeters");
        carl = data.subject(pza, dossier, "PERSON", "Carl Janssens");
        dirk = data.subject(pza, dossier, "PERSON", "Dirk Maes");
        haven = data.subject(fgp, dossier, "COMPANY", "Havenlogistiek BV");
        eddy = data.subject(pza, dossier, "PERSON", "Eddy Los");
        frank = data.subject(pza, other, "PERSON", "Frank Ander");
        family = data.relate(pza, ali, "FAMILY", bram, "2024-01-01", null, "B2");
        associate = data.relate(pza, bram, "ASSOCIATE", carl, "2023-01-01", "2023-06-30", "C3");
        director = data.relate(fgp, carl, "DIRECTOR_OF", haven, "2022-01-01", null, "A1");
        ungraded = data.relate(pza, dirk, "ASSOCIATE", carl, null, null, null);
    }

    @Test
    void aMemberOfEitherOrganisationReadsTheDossiersNetworkWithItsAnalysisAuditedOnce() {
        for (String user : List.of(pza, fgp)) {
            var response = data.get(user, "/api/v1/dossiers/" + dossier + "/network");
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            JsonNode graph = response.json();
            assertThat(ids(graph.path("nodes"))).containsExactlyInAnyOrder(ali, bram, carl, dirk, haven, eddy);
            assertThat(ids(graph.path("edges"))).containsExactlyInAnyOrder(family, associate, director, ungraded);
            assertThat(graph.path("dossiers").get(0).path("id").asString()).isEqualTo(dossier);
            // a tree Ali - Bram - Carl - {Havenlogistiek, Dirk}: Bram lies between Ali and 3 others,
            // Carl between {Ali, Bram} and {Havenlogistiek, Dirk} (4) and between those two (1)
            Map<String, JsonNode> nodes = byId(graph.path("nodes"));
            assertThat(nodes.get(bram).path("scores").path("betweenness").asDouble()).isEqualTo(3);
            assertThat(nodes.get(carl).path("scores").path("betweenness").asDouble()).isEqualTo(5);
            assertThat(nodes.get(carl).path("scores").path("degree").asInt()).isEqualTo(3);
            assertThat(nodes.get(carl).path("dossiers").get(0).asString()).isEqualTo(dossier);
            assertThat(nodes.get(haven).path("type").asString()).isEqualTo("COMPANY");
            JsonNode analysis = graph.path("analysis");
            assertThat(strings(analysis.path("articulationPoints"))).containsExactlyInAnyOrder(bram, carl);
            assertThat(strings(analysis.path("bridges"))).containsExactlyInAnyOrder(family, associate, director, ungraded);
            assertThat(analysis.path("keyPlayers").get(0).asString()).isEqualTo(carl);
            assertThat(analysis.path("betweennessExact").asBoolean()).isTrue();
            Map<String, JsonNode> edges = byId(graph.path("edges"));
            assertThat(edges.get(associate).path("from").asString()).isEqualTo("2023-01-01");
            assertThat(edges.get(associate).path("to").asString()).isEqualTo("2023-06-30");
            assertThat(edges.get(associate).path("grading").asString()).isEqualTo("C3");
            assertThat(edges.get(associate).path("source").asString()).isEqualTo(bram);
        }
        List<Map<String, Object>> rows = data.audit(fgp).stream().filter(r -> "NETWORK".equals(r.get("object_type"))).toList();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("action")).isEqualTo("READ");
        assertThat(rows.get(0).get("compartment")).isEqualTo(dossier);
        assertThat(rows.get(0).get("purpose")).isEqualTo(dossier);
        assertThat(rows.get(0).get("legal_basis")).isEqualTo("KALI dossier " + dossier);
        assertThat((String) rows.get(0).get("details")).contains("6 subjects, 4 relations");
    }

    @Test
    void whoMayNotReadTheDossierFindsNoNetworkAtAllLikeAGuessedId() {
        String stad = data.user("STAD_ANTWERPEN", "MAHO", Role.CITY_OFFICER);
        JsonNode missing = data.get(fgp, "/api/v1/dossiers/" + UUID.randomUUID() + "/network").json();
        for (String[] attempt : List.of(new String[] { outsider, dossier }, new String[] { stad, dossier }, new String[] { "maho.coord", dossier },
                new String[] { fgp, other }, new String[] { fgp, UUID.randomUUID().toString() }, new String[] { fgp, "zeehaven" })) {
            var response = data.get(attempt[0], "/api/v1/dossiers/" + attempt[1] + "/network");
            assertThat(response.status()).as(attempt[0] + " " + attempt[1]).isEqualTo(404);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.json().path("title").asString()).isEqualTo(missing.path("title").asString());
            assertThat(response.json().path("detail").asString()).isEqualTo(missing.path("detail").asString());
            assertThat(response.body()).doesNotContain("Ali", "Carl");
            assertThat(data.get(attempt[0], "/api/v1/dossiers/" + attempt[1] + "/network/export?format=ftm").status()).isEqualTo(404);
        }
        assertThat(data.get(outsider, "/api/v1/network/path?from=" + ali + "&to=" + carl + "&dossier=" + dossier).status()).isEqualTo(404);
        assertThat(data.get(outsider, "/api/v1/network/path?from=" + ali + "&to=" + carl).status()).isEqualTo(404);
        assertThat(data.get(outsider, "/api/v1/network/neighbourhood?subject=" + carl).status()).isEqualTo(404);
    }

    @Test
    void theAllDossiersNetworkHoldsOnlyTheDossiersTheUserMayRead() {
        Set<String> kali = Set.of(ali, bram, carl, dirk, haven, eddy, frank);
        for (String user : List.of("maho.coord", "stad")) {
            var response = data.get(user, "/api/v1/network");
            assertThat(response.status()).as(response.body()).isEqualTo(200);
            assertThat(ids(response.json().path("nodes"))).doesNotContainAnyElementsOf(kali);
            assertThat(ids(response.json().path("dossiers"))).doesNotContain(dossier, other);
        }
        JsonNode outsiders = data.get(outsider, "/api/v1/network").json();
        assertThat(ids(outsiders.path("nodes"))).doesNotContainAnyElementsOf(kali);
        JsonNode fgps = data.get(fgp, "/api/v1/network").json();
        assertThat(ids(fgps.path("nodes"))).contains(ali, carl, haven).doesNotContain(frank);
        JsonNode pzas = data.get(pza, "/api/v1/network").json();
        assertThat(ids(pzas.path("nodes"))).contains(ali, carl, haven, frank);
        assertThat(ids(pzas.path("dossiers"))).contains(dossier, other);
        List<Map<String, Object>> rows = data.audit(pza).stream().filter(r -> "NETWORK".equals(r.get("object_type"))).toList();
        assertThat(rows).hasSize(1);
        assertThat((String) rows.get(0).get("purpose")).contains(dossier, other);
    }

    @Test
    void filtersByRelationTypePeriodAndGrading() {
        JsonNode byType = network("?types=FAMILY");
        assertThat(ids(byType.path("edges"))).containsExactly(family);
        assertThat(ids(byType.path("nodes"))).containsExactlyInAnyOrder(ali, bram);

        JsonNode byGrading = network("?grading=B2");
        assertThat(ids(byGrading.path("edges"))).as("B2 and A1 pass, C3 and ungraded do not").containsExactlyInAnyOrder(family, director);
        assertThat(ids(byGrading.path("nodes"))).containsExactlyInAnyOrder(ali, bram, carl, haven);

        assertThat(ids(network("?from=2024-01-01&to=2024-12-31").path("edges"))).containsExactlyInAnyOrder(family, director, ungraded);
        assertThat(ids(network("?from=2023-07-01&to=2023-12-31").path("edges"))).containsExactlyInAnyOrder(director, ungraded);
        assertThat(ids(network("?to=2022-12-31").path("edges"))).containsExactlyInAnyOrder(director, ungraded);
        assertThat(ids(network("?types=ASSOCIATE,DIRECTOR_OF&grading=C3").path("edges"))).containsExactlyInAnyOrder(associate, director);

        for (String[] bad : List.of(new String[] { "?grading=Z9", "grading" }, new String[] { "?types=BOGUS", "types" },
                new String[] { "?from=2024-02-01&to=2024-01-01", "to" }, new String[] { "?from=gisteren", "from" })) {
            var response = data.get(fgp, "/api/v1/dossiers/" + dossier + "/network" + bad[0]);
            assertThat(response.status()).as(bad[0]).isEqualTo(400);
            assertThat(response.json().path("errors").get(0).path("field").asString()).isEqualTo(bad[1]);
            assertThat(response.json().path("errors").get(0).path("message").asString()).isNotBlank();
        }
    }

    @Test
    void theShortestPathAndANeighbourhood() {
        JsonNode path = data.get(fgp, "/api/v1/network/path?from=" + ali + "&to=" + haven + "&dossier=" + dossier).json();
        assertThat(path.path("found").asBoolean()).isTrue();
        assertThat(path.path("length").asInt()).isEqualTo(3);
        assertThat(strings(path.path("subjects"))).containsExactly(ali, bram, carl, haven);
        assertThat(strings(path.path("relations"))).containsExactly(family, associate, director);

        JsonNode across = data.get(fgp, "/api/v1/network/path?from=" + dirk + "&to=" + ali).json();
        assertThat(strings(across.path("subjects"))).containsExactly(dirk, carl, bram, ali);

        JsonNode none = data.get(fgp, "/api/v1/network/path?from=" + ali + "&to=" + eddy + "&dossier=" + dossier).json();
        assertThat(none.path("found").asBoolean()).isFalse();
        assertThat(none.path("subjects").size()).isZero();

        assertThat(data.get(fgp, "/api/v1/network/path?from=" + ali + "&to=" + frank).status()).as("Frank is not in fgp's network")
                .isEqualTo(404);
        assertThat(data.get(pza, "/api/v1/network/path?from=" + ali + "&to=" + frank + "&dossier=" + dossier).status()).isEqualTo(404);
        assertThat(data.get(pza, "/api/v1/network/path?from=" + ali + "&to=" + frank).json().path("found").asBoolean()).isFalse();

        JsonNode around = data.get(fgp, "/api/v1/network/neighbourhood?subject=" + carl + "&depth=1").json();
        assertThat(ids(around.path("nodes"))).containsExactlyInAnyOrder(carl, bram, haven, dirk);
        assertThat(ids(around.path("edges"))).containsExactlyInAnyOrder(associate, director, ungraded);
        assertThat(data.get(fgp, "/api/v1/network/neighbourhood?subject=" + carl + "&depth=9").status()).isEqualTo(400);
    }

    @Test
    void exportsAnI2ZipFtmEntitiesAndAnSvgEachAudited() throws Exception {
        HttpResponse<byte[]> zip = bytes(fgp, "/api/v1/dossiers/" + dossier + "/network/export?format=i2");
        assertThat(zip.statusCode()).isEqualTo(200);
        assertThat(zip.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/zip");
        assertThat(zip.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment", ".zip");
        Map<String, List<String>> files = unzip(zip.body());
        assertThat(files.keySet()).containsExactlyInAnyOrder("entities.csv", "links.csv");
        List<String> entities = files.get("entities.csv");
        assertThat(entities.get(0)).isEqualTo("\"Entity ID\",\"Entity Type\",\"Label\",\"Reference\",\"Dossier\",\"Degree\","
                + "\"Betweenness\",\"Community\",\"Articulation Point\",\"Front Company\"");
        assertThat(entities).hasSize(7);
        assertThat(entities).anySatisfy(line -> assertThat(line).startsWith("\"" + carl + "\",\"PERSON\",\"Carl Janssens\",")
                .contains("\"3\",\"5.0\"", "\"Yes\""));
        List<String> links = files.get("links.csv");
        assertThat(links.get(0)).isEqualTo("\"Link ID\",\"From Entity ID\",\"To Entity ID\",\"Link Type\",\"Direction\",\"Date From\","
                + "\"Date To\",\"Grading\",\"Source Reliability\",\"Information Accuracy\",\"Source Item\"");
        assertThat(links).hasSize(5);
        assertThat(links).contains("\"" + associate + "\",\"" + bram + "\",\"" + carl
                + "\",\"ASSOCIATE\",\"Directed\",\"2023-01-01\",\"2023-06-30\",\"C3\",\"C\",\"3\",\"\"");

        var ftm = data.get(fgp, "/api/v1/dossiers/" + dossier + "/network/export?format=ftm");
        assertThat(ftm.status()).isEqualTo(200);
        JsonMapper json = JsonMapper.builder().build();
        Map<String, JsonNode> entitiesById = new HashMap<>();
        for (String line : ftm.body().split("\n")) {
            JsonNode entity = json.readTree(line);
            assertThat(entity.path("schema").asString()).isNotBlank();
            assertThat(entity.path("properties").isObject()).isTrue();
            entitiesById.put(entity.path("id").asString(), entity);
        }
        assertThat(entitiesById).hasSize(10);
        assertThat(entitiesById.get(ali).path("schema").asString()).isEqualTo("Person");
        assertThat(entitiesById.get(ali).path("properties").path("name").get(0).asString()).isEqualTo("Ali Amrani");
        assertThat(entitiesById.get(haven).path("schema").asString()).isEqualTo("Company");
        assertThat(entitiesById.get(family).path("schema").asString()).isEqualTo("Family");
        assertThat(entitiesById.get(family).path("properties").path("person").get(0).asString()).isEqualTo(ali);
        assertThat(entitiesById.get(family).path("properties").path("relative").get(0).asString()).isEqualTo(bram);
        assertThat(entitiesById.get(family).path("properties").path("startDate").get(0).asString()).isEqualTo("2024-01-01");
        assertThat(entitiesById.get(associate).path("schema").asString()).isEqualTo("Associate");
        assertThat(entitiesById.get(director).path("schema").asString()).isEqualTo("Directorship");
        assertThat(entitiesById.get(director).path("properties").path("director").get(0).asString()).isEqualTo(carl);
        assertThat(entitiesById.get(director).path("properties").path("organization").get(0).asString()).isEqualTo(haven);

        var svg = data.get(fgp, "/api/v1/dossiers/" + dossier + "/network/export?format=svg");
        assertThat(svg.status()).isEqualTo(200);
        assertThat(svg.header("Content-Type")).startsWith("image/svg+xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(document.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "line").getLength()).isEqualTo(4);
        assertThat(document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text").getLength()).isEqualTo(6);
        assertThat(svg.body()).contains("Havenlogistiek BV");

        assertThat(data.get(fgp, "/api/v1/dossiers/" + dossier + "/network/export?format=pdf").status()).isEqualTo(400);
        List<Map<String, Object>> exports = data.audit(fgp).stream().filter(r -> "EXPORT".equals(r.get("action"))).toList();
        assertThat(exports).hasSize(3);
        assertThat(exports).allSatisfy(r -> {
            assertThat(r.get("object_type")).isEqualTo("NETWORK");
            assertThat(r.get("compartment")).isEqualTo(dossier);
        });
        assertThat(exports.stream().map(r -> ((String) r.get("details")).substring(0, 3))).containsExactly("I2 ", "FTM", "SVG");
    }

    private JsonNode network(String query) {
        var response = data.get(fgp, "/api/v1/dossiers/" + dossier + "/network" + query);
        assertThat(response.status()).as(query + ": " + response.body()).isEqualTo(200);
        return response.json();
    }

    private HttpResponse<byte[]> bytes(String user, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + NetworkTestData.PASSWORD)
                        .getBytes(StandardCharsets.UTF_8))).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Map<String, List<String>> unzip(byte[] bytes) throws IOException {
        Map<String, List<String>> files = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                files.put(entry.getName(), List.of(new String(zip.readAllBytes(), StandardCharsets.UTF_8).split("\r\n")));
            }
        }
        return files;
    }

    private static List<String> ids(JsonNode array) {
        List<String> ids = new ArrayList<>();
        array.forEach(node -> ids.add(node.path("id").asString()));
        return ids;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asString()));
        return values;
    }

    private static Map<String, JsonNode> byId(JsonNode array) {
        Map<String, JsonNode> map = new HashMap<>();
        array.forEach(node -> map.put(node.path("id").asString(), node));
        return map;
    }

    static Set<String> set(String... values) {
        return new HashSet<>(List.of(values));
    }
}
