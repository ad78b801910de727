package be.stroomplan.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import be.stroomplan.support.Http;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import tools.jackson.databind.JsonNode;

/**
 * Fixtures for the impact tests, made through the real API: fresh organisations with a fresh MAHO
 * partner each (so that only the test's own cases count for them), cases taken to a decision and an
 * outcome by the MAHO coordinator, dossiers with seizures on a random day of the 2000s (no other
 * test uses that day).
 */
final class ImpactFixtures {

    static final String PASSWORD = "demo";
    static final String JSON = "application/json";
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Brussels"));

    final Http http;
    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;

    ImpactFixtures(int port, JdbcClient jdbc, PasswordEncoder encoder) {
        this.http = new Http(port);
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    Http.Response get(String user, String path) {
        return http.get(path, user, PASSWORD);
    }

    Http.Response post(String user, String path, String body) {
        return http.post(path, user, PASSWORD, JSON, body);
    }

    /** A new organisation with one MAHO partner; returns the user name (the organisation code is its upper case). */
    String freshPartner() {
        String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String code = "IMPACT_" + suffix.toUpperCase();
        String username = "impact." + suffix;
        jdbc.sql("INSERT INTO organisation (code, name_nl, name_fr, name_en, kind) VALUES (?, ?, ?, ?, 'OTHER')")
                .params(code, "Impacttest " + suffix, "Test d’impact " + suffix, "Impact test " + suffix).update();
        UUID user = jdbc.sql("""
                INSERT INTO app_user (username, display_name, organisation_id, password_hash)
                SELECT ?, 'Impact test', id, ? FROM organisation WHERE code = ? RETURNING id""")
                .params(username, encoder.encode(PASSWORD), code).query(UUID.class).single();
        jdbc.sql("INSERT INTO membership (user_id, team_id, role) SELECT ?, id, 'MAHO_PARTNER' FROM team WHERE code = 'MAHO'")
                .param(user).update();
        return username;
    }

    static String organisationOf(String username) {
        return "IMPACT_" + username.substring("impact.".length()).toUpperCase();
    }

    /** A case with one company at the postcode, submitted by {@code user}; returns its id. */
    String submit(String user, String title, String postcode) {
        var created = post(user, "/api/v1/cases", """
                {"title": "%s", "signal": "Melding van overlast", "urgency": "NORMAL",
                 "subjects": [{"type": "COMPANY", "name": "Nachtwinkel %s BV",
                               "addresses": [{"street": "Turnhoutsebaan", "number": "12", "postcode": "%s",
                                              "municipality": "Antwerpen"}]}],
                 "participants": []}""".formatted(title, postcode, postcode));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    void move(String caseId, String to, String extra) {
        var moved = post("maho.coord", "/api/v1/cases/" + caseId + "/transitions",
                "{\"to\": \"" + to + "\", \"reason\": \"Besproken op het MAHO-overleg\"" + (extra == null ? "" : ", " + extra) + "}");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
    }

    /** Decided (a 3-month drug premises closure and a tax audit), executed and closed with an outcome. */
    void closeWithOutcome(String caseId) {
        assertThat(post("maho.coord", "/api/v1/cases/" + caseId + "/acknowledgements", "").status()).isIn(201, 200, 409);
        move(caseId, "SCREENING", null);
        move(caseId, "IN_CONSULTATION", null);
        var decided = post("maho.coord", "/api/v1/cases/" + caseId + "/decisions", """
                {"leadOrganisation": "STAD_ANTWERPEN", "rationale": "Sluiting en fiscale controle",
                 "interventions": [
                   {"intervention": "DRUG_PREMISES_CLOSURE", "leadOrganisation": "STAD_ANTWERPEN", "from": "%s",
                    "months": 3, "rationale": "Ernstige aanwijzingen"},
                   {"intervention": "TAX_AUDIT", "leadOrganisation": "FOD_FINANCIEN_BBI", "rationale": "Geen aangiften"}]}"""
                .formatted(TODAY));
        assertThat(decided.status()).as(decided.body()).isEqualTo(201);
        move(caseId, "IN_EXECUTION", null);
        move(caseId, "CLOSED", """
                "outcome": {"closureFrom": "%s", "closureTo": "%s", "permitWithdrawn": true, "integrityInvestigation": true,
                            "taxAssessed": 1000.50, "socialFines": 200, "officialReports": ["AN.12.L1.000001/26",
                            "AN.12.L1.000002/26"], "arrests": 3}""".formatted(TODAY, TODAY.plusDays(90)));
    }

    /** A random day of the 2000s for dossier figures that no other test shares. */
    static LocalDate randomDay() {
        return LocalDate.of(2001, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3000));
    }

    /** A dossier opened by kali.fgp (the KALI team reads it) with seizures and an arrest on {@code day}; returns its id. */
    String dossierWithSeizures(LocalDate day) {
        String notice = "AN.12.L1.%06d/24".formatted(ThreadLocalRandom.current().nextInt(1_000_000));
        var created = post("kali.fgp", "/api/v1/dossiers", """
                {"noticeNumber": "%s", "title": "Operatie Impact", "magistrate": "magistraat", "leadInvestigator": "kali.fgp"}"""
                .formatted(notice));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asString();
        String base = "/api/v1/dossiers/" + id;
        for (String seizure : new String[] {
                "{\"kind\": \"DRUGS\", \"drugType\": \"COCAINE\", \"quantityKg\": 12.5, \"seizedOn\": \"%s\"}",
                "{\"kind\": \"DRUGS\", \"drugType\": \"COCAINE\", \"quantityKg\": 0.5, \"seizedOn\": \"%s\"}",
                "{\"kind\": \"DRUGS\", \"drugType\": \"CANNABIS\", \"quantityKg\": 3, \"seizedOn\": \"%s\"}",
                "{\"kind\": \"CASH\", \"amountEur\": 5000, \"seizedOn\": \"%s\"}",
                "{\"kind\": \"VEHICLE\", \"count\": 2, \"seizedOn\": \"%s\"}",
                "{\"kind\": \"REAL_ESTATE\", \"count\": 1, \"seizedOn\": \"%s\"}" }) {
            var made = post("kali.fgp", base + "/seizures", seizure.formatted(day));
            assertThat(made.status()).as(made.body()).isEqualTo(201);
        }
        var subject = post("kali.fgp", base + "/subjects", "{\"subject\": {\"type\": \"PERSON\", \"name\": \"Ruben Aerts\"}, \"category\": \"SUSPECT\"}");
        assertThat(subject.status()).as(subject.body()).isEqualTo(201);
        var arrest = post("kali.fgp", base + "/arrests", "{\"subject\": \"" + subject.json().path("subjectId").asString()
                + "\", \"arrestedOn\": \"" + day + "\", \"place\": \"Noorderlaan, Antwerpen\"}");
        assertThat(arrest.status()).as(arrest.body()).isEqualTo(201);
        return id;
    }

    JsonNode impact(String user, String query) {
        var response = get(user, "/api/v1/impact?" + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }
}
