package be.stroomplan.deconfliction;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import be.stroomplan.support.Http;

import tools.jackson.databind.JsonNode;

/** Dossiers with subjects over the API, unique valid identifiers, and checks, for the deconfliction tests. */
final class DeconflictionTestData {

    static final String JSON = "application/json";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 400_000) + 500_000);

    final Http http;

    DeconflictionTestData(int port) {
        this.http = new Http(port);
    }

    /** A valid national number of someone born in the 1970s or 1980s, random enough not to collide. */
    static String nationalNumber() {
        LocalDate birth = LocalDate.of(1970 + RANDOM.nextInt(29), 1 + RANDOM.nextInt(12), 1 + RANDOM.nextInt(28));
        String first = "%02d%02d%02d%03d".formatted(birth.getYear() % 100, birth.getMonthValue(), birth.getDayOfMonth(),
                1 + RANDOM.nextInt(997));
        long check = 97 - (Long.parseLong(first) % 97);
        return first + "%02d".formatted(check);
    }

    /** A valid enterprise number (10 digits, starting with 0). */
    static String enterpriseNumber() {
        String first = "0" + "%07d".formatted(2_000_000 + RANDOM.nextInt(7_000_000));
        long check = 97 - (Long.parseLong(first) % 97);
        return first + "%02d".formatted(check);
    }

    /** A Belgian plate 1-ABC-123 with random letters and digits. */
    static String plate() {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            letters.append((char) ('A' + RANDOM.nextInt(26)));
        }
        return "2-" + letters + "-" + "%03d".formatted(RANDOM.nextInt(1000));
    }

    static String noticeNumber() {
        return "AN.12.L1.%06d/26".formatted(SEQUENCE.incrementAndGet());
    }

    /** Opens a dossier (magistrate {@code magistrate}, lead kali.fgp) as kali.fgp; returns its id. */
    String dossier(String magistrate, String title) {
        Http.Response response = http.post("/api/v1/dossiers", "kali.fgp", "demo", JSON, """
                {"noticeNumber": "%s", "title": "%s", "magistrate": "%s", "leadInvestigator": "kali.fgp"}"""
                .formatted(noticeNumber(), title, magistrate));
        if (response.status() != 201) {
            throw new AssertionError("open failed: " + response.status() + " " + response.body());
        }
        return response.json().path("id").asString();
    }

    /** Puts a new person with a national number on the dossier; returns the subject id. */
    String person(String dossier, String name, String birthDate, String nationalNumber) {
        return subject(dossier, """
                {"type": "PERSON", "name": "%s", "birthDate": "%s",
                 "identifiers": [{"type": "NATIONAL_NUMBER", "value": "%s"}]}""".formatted(name, birthDate, nationalNumber));
    }

    String subject(String dossier, String subjectJson) {
        Http.Response response = http.post("/api/v1/dossiers/" + dossier + "/subjects", "kali.fgp", "demo", JSON,
                "{\"subject\": " + subjectJson + ", \"category\": \"SUSPECT\"}");
        if (response.status() != 201) {
            throw new AssertionError("subject failed: " + response.status() + " " + response.body());
        }
        return response.json().path("subjectId").asString();
    }

    Http.Response check(String user, String body) {
        return http.post("/api/v1/deconfliction/checks", user, "demo", JSON, body);
    }

    /** The status of a one-item check of this identifier, as {@code user}. */
    String status(String user, String type, String value) {
        Http.Response response = check(user, """
                {"purpose": "COAC_CONTROLE", "items": [{"type": "%s", "value": "%s"}]}""".formatted(type, value));
        if (response.status() != 200) {
            throw new AssertionError("check failed: " + response.status() + " " + response.body());
        }
        return response.json().path("results").get(0).path("status").asString();
    }

    JsonNode json(Http.Response response, int status) {
        if (response.status() != status) {
            throw new AssertionError("expected " + status + ": " + response.status() + " " + response.body());
        }
        return response.json();
    }

    /** Waits (up to 15 s) until the condition holds: the index follows events after their commit. */
    static void eventually(BooleanSupplier condition) {
        long until = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("condition not met within 15 s");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
