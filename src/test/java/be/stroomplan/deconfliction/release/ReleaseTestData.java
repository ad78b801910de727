package be.stroomplan.deconfliction.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import be.stroomplan.support.Http;

import tools.jackson.databind.JsonNode;

/**
 * A KALI dossier of magistraat with a company and a judicial item, and a MAHO case about the same
 * company (the same enterprise number), with Stad Antwerpen (no protocol for judicial information
 * from the Parket) and the labour auditorate (a protocol Parket → auditorate, JUDICIAL, MAHO) as
 * participants; over the real API with the demo users.
 */
final class ReleaseTestData {

    static final String JSON = "application/json";
    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 300_000) + 600_000);
    private static volatile boolean protocol;

    final Http http;
    final Random random = new Random();
    String dossier;
    String noticeNumber;
    String kbo;
    String caseId;
    String caseSubject;

    ReleaseTestData(int port) {
        this.http = new Http(port);
    }

    Http.Response post(String user, String path, String body) {
        return http.post(path, user, "demo", JSON, body);
    }

    Http.Response get(String user, String path) {
        return http.get(path, user, "demo");
    }

    JsonNode ok(Http.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        return response.json();
    }

    /** A valid enterprise number no other test uses: 0 + 7 random digits + check digits. */
    String enterpriseNumber() {
        long first = random.nextInt(9_000_000) + 1_000_000L;
        long check = 97 - (first % 97);
        return "%08d%02d".formatted(first, check);
    }

    /** The protocol Parket → labour auditorate for judicial information in MAHO cases, once per run. */
    synchronized void protocol() {
        if (protocol) {
            return;
        }
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Brussels"));
        JsonNode created = ok(post("admin", "/api/v1/protocols", """
                {"title": "Parket → Arbeidsauditoraat, vrijgave %s", "provider": "PARKET_ANTWERPEN",
                 "recipients": ["ARBEIDSAUDITORAAT_ANTWERPEN"], "purposes": ["MAHO_CASUSOVERLEG"], "categories": ["JUDICIAL"],
                 "legalBasis": "Art. 20 WPG; art. 458ter Sw.", "validFrom": "%s", "validTo": "%s"}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8), today.minusDays(1), today.plusYears(1))), 201);
        ok(post("admin", "/api/v1/protocols/" + created.path("id").asString() + "/activate", ""), 200);
        protocol = true;
    }

    /** The dossier with a company of a fresh enterprise number; the case about the same company. */
    void scene() {
        protocol();
        kbo = enterpriseNumber();
        noticeNumber = "AN.12.L1.%06d/26".formatted(SEQUENCE.incrementAndGet());
        dossier = ok(post("kali.fgp", "/api/v1/dossiers", """
                {"noticeNumber": "%s", "title": "Operatie Vrijgave", "magistrate": "magistraat", "leadInvestigator": "kali.fgp"}"""
                .formatted(noticeNumber)), 201).path("id").asString();
        ok(post("kali.fgp", "/api/v1/dossiers/" + dossier + "/subjects", """
                {"subject": {"type": "COMPANY", "name": "Havenbedrijf Vrijgave BV",
                 "identifiers": [{"type": "ENTERPRISE_NUMBER", "value": "%s"}]}, "category": "SUSPECT"}""".formatted(kbo)), 201);
        caseId = ok(post("maho.coord", "/api/v1/cases", """
                {"title": "Vrijgave %s", "signal": "Vermoeden van witwassen via een carwash", "urgency": "HIGH",
                 "subjects": [{"type": "COMPANY", "name": "Carwash Vrijgave BV",
                               "identifiers": [{"type": "ENTERPRISE_NUMBER", "value": "%s"}]}],
                 "participants": ["STAD_ANTWERPEN", "ARBEIDSAUDITORAAT_ANTWERPEN"]}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8), kbo)), 201).path("id").asString();
        caseSubject = ok(get("maho.coord", "/api/v1/subjects?compartment=" + caseId + "&size=50"), 200)
                .path("items").get(0).path("id").asString();
        ok(post("stad", "/api/v1/cases/" + caseId + "/acknowledgements", ""), 201);
        ok(post("audit", "/api/v1/cases/" + caseId + "/acknowledgements", ""), 201);
    }

    /** A judicial item of the dossier with the given title, text and fields (as JSON object text). */
    String dossierItem(String title, String text, String fieldsJson) {
        return ok(post("kali.fgp", "/api/v1/dossiers/" + dossier + "/items", """
                {"category": "JUDICIAL", "classification": "NONE", "tlp": "AMBER", "sourceReliability": "B",
                 "informationAccuracy": "2", "handlingCode": "H0", "title": "%s", "text": "%s", "fields": %s}"""
                .formatted(title, text, fieldsJson)), 201).path("id").asString();
    }

    /** A release request by the user about the case's subject; returns its id. */
    String ask(String user) {
        JsonNode created = ok(post(user, "/api/v1/cases/" + caseId + "/release-requests", """
                {"subject": "%s", "question": "Is deze vennootschap gekend in een lopend gerechtelijk onderzoek?"}"""
                .formatted(caseSubject)), 201);
        assertThat(created.path("status").asString()).isEqualTo("PENDING");
        return created.path("id").asString();
    }
}
