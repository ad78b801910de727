package be.stroomplan.dossiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import be.stroomplan.audit.AuditTrail;
import be.stroomplan.support.ApplicationTest;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dossier summary PDF, parsed with OpenPDF’s reader: the classification marking (the highest
 * of the dossier’s items, else ‘Beperkte Verspreiding’) on every page, page numbers, an EXPORT in
 * the audit trail; 404 for an outsider.
 */
@ApplicationTest
class DossierSummaryPdfIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditTrail trail;

    DossierTestData data;

    @BeforeEach
    void setUp() {
        data = new DossierTestData(port);
    }

    private HttpResponse<byte[]> pdf(String id, String user) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                        "http://localhost:" + port + "/api/v1/dossiers/" + id + "/summary.pdf"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .header("Accept-Language", "nl").build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void theHighestClassificationIsMarkedOnEveryPage() throws Exception {
        String id = data.open("kali.fgp");
        String classified = DossierTestData.item("JUDICIAL", "Verhoor onder rubricering").replace("\"NONE\"", "\"VERTROUWELIJK\"");
        assertThat(data.post("/api/v1/dossiers/" + id + "/items", "kali.fgp", classified).status()).isEqualTo(201);
        assertThat(data.post("/api/v1/dossiers/" + id + "/items", "kali.fgp", DossierTestData.item("POLICE", "Open melding"))
                .status()).isEqualTo(201);
        for (int i = 0; i < 60; i++) {
            assertThat(data.post("/api/v1/dossiers/" + id + "/seizures", "kali.fgp", """
                    {"kind": "WEAPON", "count": 1, "description": "Vuurwapen %d", "seizedOn": "2026-01-05"}""".formatted(i))
                    .status()).isEqualTo(201);
        }

        HttpResponse<byte[]> response = pdf(id, "magistraat");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        PdfReader reader = new PdfReader(response.body());
        assertThat(reader.getNumberOfPages()).as("enough content for several pages").isGreaterThan(2);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            String text = new PdfTextExtractor(reader).getTextFromPage(page);
            assertThat(text).as("page %d", page).contains("Rubricering: VERTROUWELIJK").contains("Pagina " + page);
            assertThat(text.indexOf("Rubricering: VERTROUWELIJK")).as("header and footer on page %d", page)
                    .isLessThan(text.lastIndexOf("Rubricering: VERTROUWELIJK"));
        }
        String first = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(first).contains("Samenvatting van het dossier", "Opgemaakt op", "(Brussel)", "Verhoor onder rubricering");

        trail.flush();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'EXPORT' AND object_type = 'DOSSIER' AND compartment = ?"
                + " AND actor_user = 'magistraat'").param(id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void withoutClassifiedItemsTheMarkingIsBeperkteVerspreidingAndOutsidersGet404() throws Exception {
        String id = data.open("kali.pza");
        HttpResponse<byte[]> response = pdf(id, "kali.pza");
        assertThat(response.statusCode()).isEqualTo(200);
        PdfReader reader = new PdfReader(response.body());
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            assertThat(new PdfTextExtractor(reader).getTextFromPage(page)).contains("Rubricering: Beperkte Verspreiding");
        }
        assertThat(pdf(id, "stad").statusCode()).isEqualTo(404);
        assertThat(pdf(id, "maho.coord").statusCode()).isEqualTo(404);
    }
}
