package be.stroomplan.subjects.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import be.stroomplan.support.ApplicationTest;
import be.stroomplan.support.Http;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The data-subject report lists exactly the records, items and accesses there are, flags the
 * grounds to restrict access, comes as JSON and as a PDF, and is for the DPO only.
 */
@ApplicationTest
class DataSubjectReportIntegrationTests {

    private static final String JSON = "application/json";

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;

    @Test
    void theReportListsExactlyTheAccessesThatWereMade() throws Exception {
        Http http = new Http(port);
        String number = nationalNumber();
        String dossier = http.post("/api/v1/compartments", "kali.fgp", "demo", JSON, """
                {"kind": "DOSSIER", "title": "Rapporttest", "members": [{"type": "TEAM", "id": "KALI", "role": "MEMBER"}]}""")
                .json().path("id").asString();
        var created = http.post("/api/v1/subjects", "kali.fgp", "demo", JSON, """
                {"compartment": "%s", "type": "PERSON", "name": "Yassine Ouaziz",
                 "identifiers": [{"type": "NATIONAL_NUMBER", "value": "%s"}], "category": "SUSPECT"}""".formatted(dossier, number));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String subject = created.json().path("id").asString();
        var item = http.post("/api/v1/compartments/" + dossier + "/items", "kali.fgp", "demo", JSON, """
                {"category": "POLICE", "classification": "NONE", "tlp": "AMBER", "sourceReliability": "B",
                 "informationAccuracy": "2", "handlingCode": "H0", "text": "Observatie aan de loods", "subjects": ["%s"]}"""
                .formatted(subject));
        assertThat(item.status()).as(item.body()).isEqualTo(201);
        String itemId = item.json().path("id").asString();
        assertThat(http.get("/api/v1/items/" + itemId, "kali.pza", "demo").status()).isEqualTo(200);
        assertThat(http.get("/api/v1/items/" + itemId, "stad", "demo").status()).isEqualTo(404);

        JsonNode report = http.get("/api/v1/dpo/data-subject-report?nationalNumber=" + number, "dpo", "demo").json();
        assertThat(report.path("records").size()).isEqualTo(1);
        assertThat(report.path("records").get(0).path("compartmentKind").asString()).isEqualTo("DOSSIER");
        assertThat(report.path("items").size()).isEqualTo(1);
        assertThat(report.path("items").get(0).path("item").asString()).isEqualTo(itemId);
        Set<String> accesses = new HashSet<>();
        report.path("accesses").forEach(a -> accesses.add(a.path("user").asString() + " " + a.path("action").asString()
                + " " + a.path("objectId").asString()));
        Set<String> expected = Set.of("kali.pza READ " + itemId, "stad DENIED " + itemId);
        assertThat(accesses.stream().filter(a -> !a.startsWith("kali.fgp ")).toList()).containsExactlyInAnyOrderElementsOf(expected);
        Set<String> restrictions = new HashSet<>();
        report.path("restrictions").forEach(r -> restrictions.add(r.path("code").asString()));
        assertThat(restrictions).contains("OPEN_INVESTIGATION", "INDIRECT_ACCESS_POLICE").doesNotContain("PROTECTION_OF_OTHERS");

        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + port + "/api/v1/dpo/data-subject-report.pdf?nationalNumber=" + number))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("dpo:demo".getBytes(StandardCharsets.UTF_8)))
                .header("Accept-Language", "nl").build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf.body());
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page));
        }
        assertThat(text.toString()).contains("Rapport voor de betrokkene", "Yassine Ouaziz", "kali.pza", "Lopend gerechtelijk onderzoek");
    }

    @Test
    void anInvalidNumberIsA400InTheUsersLanguageAndOnlyTheDpoAsks() {
        Http http = new Http(port);
        var invalid = http.get("/api/v1/dpo/data-subject-report?nationalNumber=93051822362", "dpo", "demo");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.header("Content-Type")).startsWith("application/problem+json");
        assertThat(invalid.json().path("detail").asString()).isNotBlank();
        assertThat(http.get("/api/v1/dpo/data-subject-report?nationalNumber=93051822361", "kali.fgp", "demo").status())
                .isEqualTo(403);
        assertThat(http.get("/api/v1/dpo/data-subject-report?nationalNumber=93051822361", "admin", "demo").status())
                .isEqualTo(403);
        assertThat(http.get("/api/v1/dpo/data-subject-report?nationalNumber=93051822361", "dpo", "demo").json()
                .path("records").isArray()).isTrue();
    }

    @Test
    void theDpoPageShowsTheReportAndGivesThePdfWithTheNumberNeverInAUrl() throws Exception {
        var dpo = user("dpo").roles("DPO");
        mvc.perform(get("/dpo/data-subject").with(dpo)).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"report-form\"")));
        mvc.perform(post("/dpo/data-subject").with(csrf()).with(dpo).param("nationalNumber", "93.05.18-223.61"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"report-accesses-title\"")));
        mvc.perform(post("/dpo/data-subject").with(csrf()).with(dpo).param("nationalNumber", "93051822362"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"nationalNumber-error\"")));
        mvc.perform(post("/dpo/data-subject/pdf").with(csrf()).with(dpo).param("nationalNumber", "93051822361"))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"));
        mvc.perform(post("/dpo/data-subject").with(csrf()).with(user("kali.fgp").roles("INVESTIGATOR"))
                        .param("nationalNumber", "93051822361"))
                .andExpect(status().isForbidden());
    }

    /** A valid national register number of a man born on a random day of the 1970s and 1980s, with a random counter. */
    private static String nationalNumber() {
        LocalDate born = LocalDate.of(1970, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(7000));
        int counter = 1 + 2 * ThreadLocalRandom.current().nextInt(498);
        String first9 = born.format(DateTimeFormatter.ofPattern("yyMMdd")) + String.format("%03d", counter);
        long check = 97 - Long.parseLong(first9) % 97;
        return first9 + String.format("%02d", check);
    }
}
