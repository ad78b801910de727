package be.stroomplan.sharing;

import static be.stroomplan.sharing.SharingTestData.codes;
import static be.stroomplan.sharing.SharingTestData.member;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import be.stroomplan.audit.AuditTrail;
import be.stroomplan.support.ApplicationTest;
import be.stroomplan.support.Http;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/** Items over real HTTP: input checks, versions, attachments, the listing, and revocation while others read. */
@ApplicationTest
class SharingItemsIntegrationTests {

    static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 0, 1 };

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditTrail trail;

    SharingTestData data;
    String purpose;
    String kase;

    @BeforeEach
    void scene() {
        data = new SharingTestData(port, jdbc, trail);
        purpose = data.purpose();
        kase = data.compartment("kali.pza", "CASE", member("ORGANISATION", "STAD_ANTWERPEN", "MEMBER"));
    }

    @Test
    void theExampleOfSection7AddsAnItemWithARetentionDate() {
        var created = data.http.post("/api/v1/compartments/" + kase + "/items", "kali.pza", "demo", "application/json", """
                {"category": "POLICE", "classification": "NONE", "tlp": "AMBER+STRICT", "sourceReliability": "B",
                 "informationAccuracy": "2", "handlingCode": "H0", "text": "Voertuig 1-ABC-123 dagelijks aan de carwash",
                 "subjects": ["s-1"], "unknownField": 1}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode item = created.json();
        assertThat(created.header("Location")).endsWith("/api/v1/items/" + item.path("id").asString());
        assertThat(item.path("compartment").asString()).isEqualTo(kase);
        assertThat(item.path("ownerOrganisation").asString()).isEqualTo("PZ_ANTWERPEN");
        assertThat(item.path("tlp").asString()).isEqualTo("AMBER+STRICT");
        assertThat(item.path("informationAccuracy").asString()).isEqualTo("2");
        assertThat(item.path("version").asInt()).isEqualTo(1);
        assertThat(item.path("title").asString()).isEqualTo("Voertuig 1-ABC-123 dagelijks aan de carwash");
        assertThat(item.path("retentionUntil").asString()).isGreaterThan(SharingTestData.TODAY.toString());
        // the dossier path belongs to the dossiers module now: a case is not a dossier
        assertThat(data.http.post("/api/v1/dossiers/" + kase + "/items", "kali.pza", "demo", "application/json",
                SharingTestData.itemBody("POLICE", "NONE", "H0", "Via het dossierpad")).status()).isEqualTo(404);
    }

    @Test
    void missingAndUnknownFieldsAre400WithFieldErrors() {
        var missing = data.http.post("/api/v1/compartments/" + kase + "/items", "kali.pza", "demo", "application/json", "{}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
        assertThat(fields(missing.json())).containsExactlyInAnyOrder("category", "classification", "tlp", "sourceReliability",
                "informationAccuracy", "handlingCode", "text");
        var unknown = data.http.post("/api/v1/compartments/" + kase + "/items", "kali.pza", "demo", "application/json", """
                {"category": "GOSSIP", "classification": "TOPSECRET", "tlp": "PURPLE", "sourceReliability": "Z",
                 "informationAccuracy": "7", "handlingCode": "H3", "text": "x"}""");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(fields(unknown.json())).containsExactlyInAnyOrder("category", "classification", "tlp", "sourceReliability",
                "informationAccuracy", "handlingNote");
        var badKind = data.http.post("/api/v1/compartments", "kali.pza", "demo", "application/json", "{\"kind\": \"PARTY\", \"title\": \"x\"}");
        assertThat(badKind.status()).isEqualTo(400);
        var badDisclosure = data.http.post("/api/v1/items/" + data.item("kali.pza", kase, "POLICE", "NONE", "H0") + "/disclosures",
                "kali.pza", "demo", "application/json", "{\"recipient\": \"NOBODY_KNOWN\", \"compartment\": \"" + kase + "\", \"purpose\": \"" + purpose + "\"}");
        assertThat(badDisclosure.status()).isEqualTo(400);
        assertThat(fields(badDisclosure.json())).containsExactly("recipient");
        assertThat(data.http.post("/api/v1/compartments", "kali.pza", "demo", "application/json", "not json").status()).isEqualTo(400);
    }

    @Test
    void anEditKeepsThePreviousVersion() {
        String item = data.item("kali.pza", kase, "POLICE", "NONE", "H0");
        var edited = data.http.put("/api/v1/items/" + item, "kali.pza", "demo", "application/json",
                SharingTestData.itemBody("POLICE", "BEPERKT", "H1", "Tweede versie").replace("{", "{\"version\": 1, "));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().path("version").asInt()).isEqualTo(2);
        assertThat(edited.json().path("text").asString()).isEqualTo("Tweede versie");

        var stale = data.http.put("/api/v1/items/" + item, "kali.pza", "demo", "application/json",
                SharingTestData.itemBody("POLICE", "NONE", "H0", "Derde versie").replace("{", "{\"version\": 1, "));
        assertThat(stale.status()).isEqualTo(409);

        JsonNode versions = data.http.get("/api/v1/items/" + item + "/versions", "kali.pza", "demo").json().path("versions");
        assertThat(versions.size()).isEqualTo(2);
        assertThat(versions.get(0).path("version").asInt()).isEqualTo(2);
        assertThat(versions.get(0).path("current").asBoolean()).isTrue();
        assertThat(versions.get(1).path("version").asInt()).isEqualTo(1);
        assertThat(versions.get(1).path("content").path("classification").asString()).isEqualTo("NONE");
        assertThat(versions.get(1).path("content").path("text").asString()).startsWith("Vaststelling");

        assertThat(data.http.put("/api/v1/items/" + item, "stad", "demo", "application/json",
                SharingTestData.itemBody("POLICE", "NONE", "H0", "Niet van mij")).status()).isEqualTo(403);
        assertThat(data.http.get("/api/v1/items/" + item + "/versions", "stad", "demo").status()).isEqualTo(403);
    }

    @Test
    void attachmentsAreSniffedAndReadThroughThePolicy() {
        String item = data.item("kali.pza", kase, "POLICE", "NONE", "H0");
        var png = data.upload("kali.pza", item, "foto.png", PNG);
        assertThat(png.statusCode()).as(png.body()).isEqualTo(201);
        assertThat(png.body()).contains("\"contentType\":\"image/png\"");
        var text = data.upload("kali.pza", item, "nota.csv", "naam;datum\nX;2026-01-01\n".getBytes(StandardCharsets.UTF_8));
        assertThat(text.statusCode()).as(text.body()).isEqualTo(201);

        var renamed = data.upload("kali.pza", item, "verslag.pdf", PNG);
        assertThat(renamed.statusCode()).isEqualTo(415);
        assertThat(renamed.body()).contains("image/png");
        var executable = data.upload("kali.pza", item, "tool.exe", new byte[] { 'M', 'Z', 0, 1 });
        assertThat(executable.statusCode()).isEqualTo(415);
        var binaryAsText = data.upload("kali.pza", item, "nota.txt", new byte[] { 'M', 'Z', 0, 1, 2 });
        assertThat(binaryAsText.statusCode()).isEqualTo(415);

        String path = "/api/v1/items/" + item + "/attachments/" + JsonPath.id(png.body());
        var download = data.download("kali.pza", path);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(PNG);
        assertThat(download.headers().firstValue("Content-Type").orElse("")).startsWith("image/png");
        assertThat(data.download("stad", path).statusCode()).isEqualTo(403);
        assertThat(data.download("douane", path).statusCode()).isEqualTo(404);
        assertThat(data.upload("stad", item, "foto.png", PNG).statusCode()).isEqualTo(403);
    }

    @Test
    void theListingShowsWhatTheUserMayReadAndWithholdsTheRest() {
        String own = data.item("kali.pza", kase, "POLICE", "NONE", "H0");
        String disclosed = data.item("kali.pza", kase, "POLICE", "NONE", "H0");
        String hidden = data.item("kali.pza", kase, "POLICE", "NONE", "H0");
        String cityOwn = data.item("stad", kase, "ADMINISTRATIVE", "NONE", "H0");
        data.protocol("PZ_ANTWERPEN", "STAD_ANTWERPEN", purpose, "POLICE");
        assertThat(data.disclose("kali.pza", disclosed, "STAD_ANTWERPEN", kase, purpose).status()).isEqualTo(201);

        JsonNode pza = data.http.get("/api/v1/compartments/" + kase + "/items?size=50", "kali.pza", "demo").json();
        assertThat(ids(pza.path("items"))).containsExactlyInAnyOrder(own, disclosed, hidden);
        assertThat(pza.path("totalItems").asLong()).isEqualTo(3);

        JsonNode city = data.http.get("/api/v1/compartments/" + kase + "/items?sort=TITLE&dir=asc", "stad", "demo").json();
        assertThat(ids(city.path("items"))).containsExactlyInAnyOrder(cityOwn, disclosed);
        JsonNode withheld = data.http.get("/api/v1/compartments/" + kase + "/withheld", "stad", "demo").json();
        assertThat(ids(withheld.path("items"))).containsExactlyInAnyOrder(own, hidden);
        assertThat(withheld.toString()).doesNotContain("Vaststelling").contains("PZ_ANTWERPEN");

        JsonNode paged = data.http.get("/api/v1/compartments/" + kase + "/items?size=2&page=1", "kali.pza", "demo").json();
        assertThat(paged.path("items").size()).isEqualTo(1);
        assertThat(paged.path("totalPages").asInt()).isEqualTo(2);

        trail.flush();
        assertThat(data.lastAudit(kase)).containsEntry("action", "READ").containsEntry("purpose", kase);
        assertThat(data.http.get("/api/v1/compartments/" + kase + "/items?sort=NOPE", "stad", "demo").status()).isEqualTo(400);
        var noPurpose = data.http.get("/api/v1/compartments/" + kase + "/items?purpose=kort", "stad", "demo");
        assertThat(noPurpose.status()).isEqualTo(403);
        assertThat(codes(noPurpose.json())).containsExactly("PURPOSE_REQUIRED");
        assertThat(data.lastAudit(kase)).containsEntry("action", "DENIED").containsEntry("purpose", "kort");
        JsonNode mine = data.http.get("/api/v1/compartments?size=200", "stad", "demo").json();
        assertThat(ids(mine.path("items"))).contains(kase);
    }

    @Test
    void onlyAManagerChangesMembers() {
        var refused = data.http.post("/api/v1/compartments/" + kase + "/members", "stad", "demo", "application/json",
                member("ORGANISATION", "DOUANE", "MEMBER"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(data.http.send("DELETE", "/api/v1/compartments/" + kase + "/members/USER/kali.pza", "kali.pza", "demo").status())
                .isEqualTo(409); // the last manager stays
        assertThat(data.http.send("DELETE", "/api/v1/compartments/" + kase + "/members/ORGANISATION/STAD_ANTWERPEN", "kali.pza", "demo")
                .status()).isEqualTo(204);
        assertThat(data.http.get("/api/v1/compartments/" + kase, "stad", "demo").status()).isEqualTo(404);
        assertThat(data.http.post("/api/v1/compartments/" + kase + "/members", "kali.pza", "demo", "application/json",
                member("USER", "nobody.known", "MEMBER")).status()).isEqualTo(400);
    }

    @Test
    void revokingWhileOthersReadIsSafe() throws Exception {
        String item = data.item("kali.pza", kase, "POLICE", "NONE", "H0");
        String text = data.read("kali.pza", item).json().path("text").asString();
        data.protocol("PZ_ANTWERPEN", "STAD_ANTWERPEN", purpose, "POLICE");
        var disclosed = data.disclose("kali.pza", item, "STAD_ANTWERPEN", kase, purpose);
        assertThat(disclosed.status()).isEqualTo(201);
        String disclosure = disclosed.json().path("id").asString();

        int readers = 4;
        ExecutorService pool = Executors.newFixedThreadPool(readers + 1);
        CountDownLatch start = new CountDownLatch(1);
        List<Http.Response> responses = Collections.synchronizedList(new ArrayList<>());
        List<Future<?>> futures = new ArrayList<>();
        for (int r = 0; r < readers; r++) {
            futures.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < 8; i++) {
                    responses.add(data.read("stad", item));
                }
                return null;
            }));
        }
        Future<Http.Response> revoke = pool.submit(() -> {
            start.await();
            Thread.sleep(50);
            return data.http.post("/api/v1/items/" + item + "/disclosures/" + disclosure + "/revoke", "kali.pza", "demo",
                    "application/json", "{\"reason\": \"Onderzoek loopt\"}");
        });
        start.countDown();
        for (Future<?> f : futures) {
            f.get(120, TimeUnit.SECONDS);
        }
        assertThat(revoke.get(120, TimeUnit.SECONDS).status()).isEqualTo(200);
        pool.shutdown();

        assertThat(responses).hasSize(readers * 8);
        for (Http.Response response : responses) {
            assertThat(response.status()).as(response.body()).isIn(200, 403);
            if (response.status() == 200) {
                assertThat(response.json().path("text").asString()).isEqualTo(text);
                assertThat(response.json().path("access").path("path").asString()).isEqualTo("DISCLOSURE");
            } else {
                assertThat(codes(response.json())).containsExactly("DISCLOSURE_REVOKED");
                assertThat(response.body()).doesNotContain(text);
            }
        }
        assertThat(data.read("stad", item).status()).isEqualTo(403);
    }

    static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(i -> ids.add(i.path("id").asString()));
        return ids;
    }

    static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(e -> fields.add(e.path("field").asString()));
        return fields;
    }

    /** The id of a JSON answer given as text. */
    static final class JsonPath {
        static String id(String json) {
            return tools.jackson.databind.json.JsonMapper.builder().build().readTree(json).path("id").asString();
        }
    }
}
