package be.stroomplan.dossiers;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import be.stroomplan.support.Http;

import tools.jackson.databind.JsonNode;

/** Dossiers opened over the API with unique notice numbers, for the tests of this module. */
final class DossierTestData {

    static final String JSON = "application/json";
    /** The demo MAHO case ‘Carwash Noord’ (fixed id of the sharing module’s demo data). */
    static final UUID CARWASH = UUID.nameUUIDFromBytes("stroomplan-demo:compartment:carwash-noord".getBytes(StandardCharsets.UTF_8));
    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 400_000) + 100_000);

    final Http http;

    DossierTestData(int port) {
        this.http = new Http(port);
    }

    static String noticeNumber() {
        return "AN.12.L1.%06d/26".formatted(SEQUENCE.incrementAndGet());
    }

    /** Opens a dossier as {@code user} with magistraat and kali.fgp; {@code extra} is added to the JSON body. */
    String open(String user, String extra) {
        Http.Response response = http.post("/api/v1/dossiers", user, "demo", JSON, """
                {"noticeNumber": "%s", "title": "Operatie Test", "magistrate": "magistraat", "leadInvestigator": "kali.fgp"%s}"""
                .formatted(noticeNumber(), extra == null ? "" : ", " + extra));
        if (response.status() != 201) {
            throw new AssertionError("open failed: " + response.status() + " " + response.body());
        }
        return response.json().path("id").asString();
    }

    String open(String user) {
        return open(user, null);
    }

    JsonNode get(String path, String user) {
        Http.Response response = http.get(path, user, "demo");
        if (response.status() != 200) {
            throw new AssertionError(path + ": " + response.status() + " " + response.body());
        }
        return response.json();
    }

    Http.Response post(String path, String user, String body) {
        return http.post(path, user, "demo", JSON, body);
    }

    static String item(String category, String text) {
        return """
                {"category": "%s", "classification": "NONE", "tlp": "AMBER", "sourceReliability": "B",
                 "informationAccuracy": "2", "handlingCode": "H0", "text": "%s"}""".formatted(category, text);
    }
}
