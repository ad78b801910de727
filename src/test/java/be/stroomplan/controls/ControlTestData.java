package be.stroomplan.controls;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import be.stroomplan.support.Http;

import tools.jackson.databind.JsonNode;

/** Control actions, dossiers and cases over the real API, with the demo users (password demo). */
final class ControlTestData {

    static final String JSON = "application/json";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 300_000) + 100_000);

    final Http http;

    ControlTestData(int port) {
        this.http = new Http(port);
    }

    Http.Response post(String user, String path, String body) {
        return http.post(path, user, "demo", JSON, body);
    }

    Http.Response get(String user, String path) {
        return http.get(path, user, "demo");
    }

    /** A valid enterprise number, random enough not to collide with other tests. */
    static String enterpriseNumber() {
        String first = "0" + "%07d".formatted(2_000_000 + RANDOM.nextInt(7_000_000));
        return first + "%02d".formatted(97 - (Long.parseLong(first) % 97));
    }

    /** A valid national number of someone born in the 1970s or 1980s. */
    static String nationalNumber() {
        LocalDate birth = LocalDate.of(1970 + RANDOM.nextInt(29), 1 + RANDOM.nextInt(12), 1 + RANDOM.nextInt(28));
        String first = "%02d%02d%02d%03d".formatted(birth.getYear() % 100, birth.getMonthValue(), birth.getDayOfMonth(),
                1 + RANDOM.nextInt(997));
        return first + "%02d".formatted(97 - (Long.parseLong(first) % 97));
    }

    static String company(String name, String enterpriseNumber) {
        return """
                {"subject": {"type": "COMPANY", "name": "%s",
                             "identifiers": [{"type": "ENTERPRISE_NUMBER", "value": "%s"}]}}""".formatted(name, enterpriseNumber);
    }

    static String person(String name, String nationalNumber) {
        return """
                {"subject": {"type": "PERSON", "name": "%s",
                             "identifiers": [{"type": "NATIONAL_NUMBER", "value": "%s"}]}}""".formatted(name, nationalNumber);
    }

    /** Plans an action as coac on {@code date} 22:00–02:00 with the services and targets; returns its JSON. */
    JsonNode plan(String date, List<String> services, List<String> targets, List<String> cases) {
        List<String> s = new ArrayList<>();
        for (String org : services) {
            s.add("{\"organisation\": \"" + org + "\", \"staff\": 4, \"checklist\": [\"Briefing bijwonen\", \"Hesje mee\"]}");
        }
        List<String> c = new ArrayList<>();
        cases.forEach(id -> c.add("\"" + id + "\""));
        var created = post("coac", "/api/v1/controls", """
                {"name": "Nachtwinkels Noord", "type": "NIGHT_SHOP", "date": "%s", "from": "22:00", "to": "02:00",
                 "area": "Antwerpen-Noord", "services": [%s], "targets": [%s], "cases": [%s]}"""
                .formatted(date, String.join(", ", s), String.join(", ", targets), String.join(", ", c)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    Http.Response move(String user, String id, String to) {
        return post(user, "/api/v1/controls/" + id + "/transitions", "{\"to\": \"" + to + "\", \"reason\": \"Volgens plan\"}");
    }

    void moveOk(String id, String to) {
        var moved = move("coac", id, to);
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().path("status").asString()).isEqualTo(to);
    }

    JsonNode read(String user, String id) {
        var read = get(user, "/api/v1/controls/" + id);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        return read.json();
    }

    /** The id of the target with this label. */
    String target(String id, String label) {
        for (JsonNode t : read("coac", id).path("targets")) {
            if (t.path("label").asString().equals(label)) {
                return t.path("id").asString();
            }
        }
        throw new AssertionError("no target " + label);
    }

    Http.Response result(String user, String id, String target, String extra) {
        return post(user, "/api/v1/controls/" + id + "/results", "{\"target\": \"" + target + "\", \"findings\": \"Gecontroleerd\""
                + (extra == null ? "" : ", " + extra) + "}");
    }

    /** Opens a KALI dossier (magistrate magistraat) as kali.fgp with a person; returns the dossier id. */
    String dossierWithPerson(String name, String nationalNumber) {
        var dossier = post("kali.fgp", "/api/v1/dossiers", """
                {"noticeNumber": "AN.12.L1.%06d/26", "title": "Operatie %s", "magistrate": "magistraat", "leadInvestigator": "kali.fgp"}"""
                .formatted(SEQUENCE.incrementAndGet(), name));
        assertThat(dossier.status()).as(dossier.body()).isEqualTo(201);
        String id = dossier.json().path("id").asString();
        var subject = post("kali.fgp", "/api/v1/dossiers/" + id + "/subjects", """
                {"subject": {"type": "PERSON", "name": "%s", "identifiers": [{"type": "NATIONAL_NUMBER", "value": "%s"}]},
                 "category": "SUSPECT"}""".formatted(name, nationalNumber));
        assertThat(subject.status()).as(subject.body()).isEqualTo(201);
        // the index follows the dossier's events after their commit
        eventually(() -> "ON_HOLD".equals(post("coac", "/api/v1/deconfliction/checks", """
                {"purpose": "COAC_CONTROLE", "items": [{"type": "NATIONAL_NUMBER", "value": "%s"}]}""".formatted(nationalNumber))
                .json().path("results").get(0).path("status").asString()));
        return id;
    }

    /** The magistrate decides a ticket through the deconfliction API. */
    void decide(String ticket, String decision, String conditions) {
        var decided = post("magistraat", "/api/v1/deconfliction/tickets/" + ticket + "/decision",
                "{\"decision\": \"" + decision + "\"" + (conditions == null ? "" : ", \"conditions\": \"" + conditions + "\"") + "}");
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
    }

    static List<String> codes(JsonNode problem) {
        List<String> codes = new ArrayList<>();
        problem.path("reasons").forEach(r -> codes.add(r.path("code").asString()));
        return codes;
    }

    static void eventually(BooleanSupplier condition) {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("condition not met within 20 s");
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
