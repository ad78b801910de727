package be.stroomplan.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import be.stroomplan.audit.AuditTrail;
import be.stroomplan.support.Http;

import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * Fresh purposes, organisations, protocols, compartments and items over the API, so that tests
 * neither depend on each other nor on the demo data (the database is shared by every test class).
 */
final class SharingTestData {

    static final String PASSWORD = "demo";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Brussels"));

    final Http http;
    private final int port;
    private final JdbcClient jdbc;
    private final AuditTrail trail;

    SharingTestData(int port, JdbcClient jdbc, AuditTrail trail) {
        this.http = new Http(port);
        this.port = port;
        this.jdbc = jdbc;
        this.trail = trail;
    }

    static String unique(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /** A purpose code of its own, so that only this test's protocols name it. */
    String purpose() {
        String code = unique("TEST_DOEL");
        var response = http.post("/api/v1/purposes", "admin", PASSWORD, "application/json", """
                {"code": "%s", "nameNl": "%s", "nameFr": "%s", "nameEn": "%s"}""".formatted(code, code, code, code));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return code;
    }

    String organisation(String prefix) {
        String code = unique(prefix);
        var response = http.post("/api/v1/organisations", "admin", PASSWORD, "application/json", """
                {"code": "%s", "nameNl": "%s", "nameFr": "%s", "nameEn": "%s", "kind": "OTHER"}""".formatted(code, code, code, code));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return code;
    }

    /** A protocol, activated unless {@code activate} is false; returns its JSON. */
    JsonNode protocol(String provider, String recipient, String purpose, String category, LocalDate from, LocalDate to,
                      boolean activate) {
        var created = http.post("/api/v1/protocols", "admin", PASSWORD, "application/json", """
                {"title": "Test %s", "provider": "%s", "recipients": ["%s"], "purposes": ["%s"], "categories": ["%s"],
                 "legalBasis": "Art. 20 wet van 30 juli 2018", "validFrom": "%s", "validTo": "%s"}"""
                .formatted(purpose, provider, recipient, purpose, category, from, to));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        if (!activate) {
            return created.json();
        }
        var activated = move(created.json().path("id").asString(), "activate");
        assertThat(activated.status()).as(activated.body()).isEqualTo(200);
        return activated.json();
    }

    JsonNode protocol(String provider, String recipient, String purpose, String category) {
        return protocol(provider, recipient, purpose, category, TODAY.minusDays(1), TODAY.plusYears(1), true);
    }

    Http.Response move(String protocolId, String move) {
        return http.post("/api/v1/protocols/" + protocolId + "/" + move, "admin", PASSWORD, "application/json", "");
    }

    /** Opens a compartment as {@code user} with the given members (JSON objects) and returns its id. */
    String compartment(String user, String kind, String... members) {
        var response = http.post("/api/v1/compartments", user, PASSWORD, "application/json", """
                {"kind": "%s", "title": "%s", "reference": "REF-1", "members": [%s]}"""
                .formatted(kind, unique("Compartiment"), String.join(", ", members)));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("id").asString();
    }

    static String member(String type, String id, String role) {
        return """
                {"type": "%s", "id": "%s", "role": "%s"}""".formatted(type, id, role);
    }

    static String itemBody(String category, String classification, String handlingCode, String text) {
        return """
                {"category": "%s", "classification": "%s", "tlp": "AMBER", "sourceReliability": "B",
                 "informationAccuracy": "2", "handlingCode": "%s", "handlingNote": "Enkel na overleg",
                 "text": "%s", "subjects": ["subject-1"], "fields": {"plaats": "Antwerpen"}}"""
                .formatted(category, classification, handlingCode, text);
    }

    /** Adds an item as {@code user} and returns its id. */
    String item(String user, String compartment, String category, String classification, String handlingCode) {
        var response = http.post("/api/v1/compartments/" + compartment + "/items", user, PASSWORD, "application/json",
                itemBody(category, classification, handlingCode, unique("Vaststelling")));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("id").asString();
    }

    Http.Response disclose(String user, String item, String recipient, String compartment, String purpose) {
        return http.post("/api/v1/items/" + item + "/disclosures", user, PASSWORD, "application/json", """
                {"recipient": "%s", "compartment": "%s", "purpose": "%s"}""".formatted(recipient, compartment, purpose));
    }

    Http.Response read(String user, String item) {
        return http.get("/api/v1/items/" + item, user, PASSWORD);
    }

    static List<String> codes(JsonNode problem) {
        List<String> codes = new ArrayList<>();
        problem.path("reasons").forEach(r -> codes.add(r.path("code").asString()));
        return codes;
    }

    /** The sealed audit rows of one object, oldest first. */
    List<Map<String, Object>> audit(String objectId) {
        trail.flush();
        return jdbc.sql("SELECT action, outcome, purpose, legal_basis, details, actor_user, compartment, recipients::text AS recipients"
                        + " FROM audit_event WHERE object_id = ? ORDER BY sequence")
                .param(objectId).query().listOfRows();
    }

    /** The last sealed audit row of one object. */
    Map<String, Object> lastAudit(String objectId) {
        List<Map<String, Object>> rows = audit(objectId);
        assertThat(rows).as("audit rows of %s", objectId).isNotEmpty();
        return rows.get(rows.size() - 1);
    }

    /** A multipart upload of one file, bytes as they are. */
    HttpResponse<String> upload(String user, String item, String filename, byte[] content) {
        try {
            String boundary = "----stroomplan" + UUID.randomUUID();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(content);
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/items/" + item + "/attachments"))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<byte[]> download(String user, String path) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .GET().build();
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
