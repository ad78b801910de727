package be.stroomplan.dossiers.network;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * Fresh users, dossiers, subjects and relations over the API. The database is shared by every test
 * class and run, so each test works with users of its own, members only of the dossiers it opens.
 */
final class NetworkTestData {

    static final String PASSWORD = "demo";

    final Http http;
    private final JdbcClient jdbc;
    private final AuditTrail trail;
    private final UserStore users;
    private final PartnerDirectory directory;
    private final PasswordEncoder encoder;

    NetworkTestData(int port, JdbcClient jdbc, AuditTrail trail, UserStore users, PartnerDirectory directory, PasswordEncoder encoder) {
        this.http = new Http(port);
        this.jdbc = jdbc;
        this.trail = trail;
        this.users = users;
        this.directory = directory;
        this.encoder = encoder;
    }

    String user(String organisation, String team, Role role) {
        String username = "net." + UUID.randomUUID().toString().substring(0, 8);
        // a display name that sorts after the demo users in a descending list, so that page 1 of the
        // administrator's user list (AdminScreensTests) still shows them whatever ran before
        UserAccount account = users.create(username, "Analist " + username, null, directory.organisation(organisation).orElseThrow().id(),
                encoder.encode(PASSWORD));
        Team membership = directory.teams().stream().filter(t -> t.code().equals(team)).findFirst().orElseThrow();
        users.addMembership(account.id(), membership.id(), role);
        return username;
    }

    /** Opens a compartment as {@code user} with these users as members (name → role); returns its id. */
    String compartment(String user, String kind, String title, Map<String, String> members) {
        String list = String.join(", ", members.entrySet().stream()
                .map(e -> "{\"type\": \"USER\", \"id\": \"%s\", \"role\": \"%s\"}".formatted(e.getKey(), e.getValue())).toList());
        var response = http.post("/api/v1/compartments", user, PASSWORD, "application/json", """
                {"kind": "%s", "title": "%s", "members": [%s]}""".formatted(kind, title, list));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("id").asString();
    }

    String subject(String user, String compartment, String type, String name) {
        var response = http.post("/api/v1/subjects", user, PASSWORD, "application/json", """
                {"compartment": "%s", "type": "%s", "name": "%s", "category": "%s"}""".formatted(compartment, type, name,
                type.equals("PERSON") ? "SUSPECT" : "OTHER"));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("id").asString();
    }

    /** Links two subjects; from, to and grading may be null. Returns the relation's id. */
    String relate(String user, String source, String type, String target, String from, String to, String grading) {
        var response = http.post("/api/v1/subjects/" + source + "/relations", user, PASSWORD, "application/json", """
                {"type": "%s", "target": "%s", "from": %s, "to": %s, "grading": %s}""".formatted(type, target, quoted(from), quoted(to),
                quoted(grading)));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("id").asString();
    }

    Http.Response get(String user, String path) {
        return http.get(path, user, PASSWORD);
    }

    /** The audit rows of one actor, oldest first. */
    List<Map<String, Object>> audit(String user) {
        trail.flush();
        return jdbc.sql("SELECT action, outcome, object_type, purpose, legal_basis, details, compartment FROM audit_event"
                + " WHERE actor_user = ? ORDER BY sequence").param(user).query().listOfRows();
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }
}
