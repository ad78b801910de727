package be.stroomplan.protocols;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import be.stroomplan.support.Http;

/** Fresh organisations and protocols over the API, so that tests do not depend on each other or on the demo data. */
final class ProtocolTestData {

    private final Http http;

    ProtocolTestData(Http http) {
        this.http = http;
    }

    /** Registers an organisation with a unique code and returns the code. */
    String organisation(String prefix) {
        String code = prefix + "_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        var response = http.post("/api/v1/organisations", "admin", "demo", "application/json", """
                {"code": "%s", "nameNl": "%s", "nameFr": "%s", "nameEn": "%s", "kind": "OTHER"}""".formatted(code, code, code, code));
        assertThat(response.status()).isEqualTo(201);
        return code;
    }

    /** The body of §7 with the given parties, purpose, category and validity. */
    static String body(String title, String provider, String recipient, String purpose, String category, String from, String to) {
        return """
                {"title": "%s", "provider": "%s", "recipients": ["%s"], "purposes": ["%s"], "categories": ["%s"],
                 "legalBasis": "Art. 20 wet van 30 juli 2018", "validFrom": "%s", "validTo": "%s"}"""
                .formatted(title, provider, recipient, purpose, category, from, to);
    }

    String create(String body) {
        var response = http.post("/api/v1/protocols", "admin", "demo", "application/json", body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("id").asString();
    }

    Http.Response move(String id, String move) {
        return http.post("/api/v1/protocols/" + id + "/" + move, "admin", "demo", "application/json", "");
    }

    String createActive(String body) {
        String id = create(body);
        assertThat(move(id, "activate").status()).isEqualTo(200);
        return id;
    }
}
