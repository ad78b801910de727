package be.stroomplan.subjects;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import be.stroomplan.audit.AuditTrail;
import be.stroomplan.partners.PartnerDirectory;
import be.stroomplan.partners.Role;
import be.stroomplan.partners.Team;
import be.stroomplan.partners.internal.UserAccount;
import be.stroomplan.partners.internal.UserStore;
import be.stroomplan.support.Http;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import tools.jackson.databind.JsonNode;

/**
 * Fresh users, compartments and subjects over the API. The database is shared by every test
 * class and every run, so each test works with users of its own: they are members only of the
 * compartments the test opens, by user name.
 */
final class SubjectTestData {

    static final String PASSWORD = "demo";

    final Http http;
    private final int port;
    private final JdbcClient jdbc;
    private final AuditTrail trail;
    private final UserStore users;
    private final PartnerDirectory directory;
    private final PasswordEncoder encoder;

    SubjectTestData(int port, JdbcClient jdbc, AuditTrail trail, UserStore users, PartnerDirectory directory, PasswordEncoder encoder) {
        this.http = new Http(port);
        this.port = port;
        this.jdbc = jdbc;
        this.trail = trail;
        this.users = users;
        this.directory = directory;
        this.encoder = encoder;
    }

    /** A new user of the organisation with one role in the team. */
    String user(String organisation, String team, Role role) {
        String username = "subj." + UUID.randomUUID().toString().substring(0, 8);
        UserAccount account = users.create(username, "Test " + username, null, directory.organisation(organisation).orElseThrow().id(),
                encoder.encode(PASSWORD));
        Team membership = directory.teams().stream().filter(t -> t.code().equals(team)).findFirst().orElseThrow();
        users.addMembership(account.id(), membership.id(), role);
        return username;
    }

    /** Opens a compartment as {@code user}, with these users as members (name → role); returns its id. */
    String compartment(String user, String kind, Map<String, String> members) {
        String list = String.join(", ", members.entrySet().stream()
                .map(e -> "{\"type\": \"USER\", \"id\": \"%s\", \"role\": \"%s\"}".formatted(e.getKey(), e.getValue())).toList());
        var response = http.post("/api/v1/compartments", user, PASSWORD, "application/json", """
                {"kind": "%s", "title": "Subjects %s", "members": [%s]}""".formatted(kind, UUID.randomUUID(), list));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("id").asString();
    }

    Http.Response create(String user, String body) {
        return http.post("/api/v1/subjects", user, PASSWORD, "application/json", body);
    }

    /** Records a person and returns its id. */
    String person(String user, String compartment, String name, String birthDate, String nationalNumber) {
        String identifiers = nationalNumber == null ? "" : "{\"type\": \"NATIONAL_NUMBER\", \"value\": \"%s\"}".formatted(nationalNumber);
        var response = create(user, """
                {"compartment": "%s", "type": "PERSON", "name": "%s", "birthDate": %s, "category": "SUSPECT",
                 "ref": "REF-%s", "identifiers": [%s]}""".formatted(compartment, name,
                birthDate == null ? "null" : "\"" + birthDate + "\"", UUID.randomUUID().toString().substring(0, 6), identifiers));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("id").asString();
    }

    String company(String user, String compartment, String name, String enterpriseNumber) {
        var response = create(user, """
                {"compartment": "%s", "type": "COMPANY", "name": "%s", "category": "OTHER",
                 "identifiers": [{"type": "ENTERPRISE_NUMBER", "value": "%s"}]}""".formatted(compartment, name, enterpriseNumber));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("id").asString();
    }

    Http.Response relate(String user, String source, String type, String target) {
        return http.post("/api/v1/subjects/" + source + "/relations", user, PASSWORD, "application/json", """
                {"type": "%s", "target": "%s", "from": "2024-01-01", "grading": "B2"}""".formatted(type, target));
    }

    Http.Response get(String user, String path) {
        return http.get(path, user, PASSWORD);
    }

    static String q(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static List<String> ids(JsonNode page) {
        List<String> ids = new java.util.ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("id").asString()));
        return ids;
    }

    /** A valid national number of a birth in the 1900s on this date (yymmdd) with this counter. */
    static String nationalNumber(String yymmdd, int counter) {
        String base = yymmdd + "%03d".formatted(counter);
        long check = 97 - Long.parseLong(base) % 97;
        return base + "%02d".formatted(check);
    }

    /** A request with an Accept-Language header. */
    HttpResponse<String> postIn(String language, String user, String path, String body) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD)
                            .getBytes(StandardCharsets.UTF_8)))
                    .header("Accept-Language", language).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sealed audit rows of one actor, oldest first. */
    List<Map<String, Object>> audit(String user) {
        trail.flush();
        return jdbc.sql("SELECT action, outcome, object_type, object_id, purpose, legal_basis, details, compartment FROM audit_event"
                + " WHERE actor_user = ? ORDER BY sequence").param(user).query().listOfRows();
    }
}
