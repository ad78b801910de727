package be.stroomplan.cases;

import static be.stroomplan.cases.CaseTestData.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import be.stroomplan.support.ApplicationTest;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A MAHO meeting: agenda, minutes and a decision taken in it, the PDFs with their markings, and who may see it. */
@ApplicationTest
class CaseMeetingIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void agendaMinutesAndTheirPdfs() throws Exception {
        CaseTestData data = new CaseTestData(port);
        String id = data.submit("stad", CaseTestData.unique("Shisha Bar Oost"), false, "RSZ_SOCIALE_INSPECTIE").path("id").asString();
        data.acknowledge("maho.coord", id);
        var planned = data.post("maho.coord", "/api/v1/meetings", """
                {"heldAt": "%sT09:00:00Z", "place": "Parket Antwerpen, zaal 3", "chair": "maho.coord",
                 "attendees": ["PARKET_ANTWERPEN", "STAD_ANTWERPEN", "RSZ_SOCIALE_INSPECTIE"], "cases": ["%s"]}"""
                .formatted(TODAY.plusDays(1), id));
        assertThat(planned.status()).as(planned.body()).isEqualTo(201);
        String meeting = planned.json().path("id").asString();
        data.moveOk("maho.coord", id, "SCREENING", null);
        data.moveOk("maho.coord", id, "IN_CONSULTATION", null);
        var decided = data.post("maho.coord", "/api/v1/cases/" + id + "/decisions", """
                {"leadOrganisation": "STAD_ANTWERPEN", "rationale": "Sluiting", "meeting": "%s",
                 "interventions": [{"intervention": "PUBLIC_ORDER_CLOSURE", "leadOrganisation": "STAD_ANTWERPEN",
                                    "months": 3, "rationale": "Openbare orde verstoord"}]}""".formatted(meeting));
        assertThat(decided.status()).as(decided.body()).isEqualTo(201);
        var minutes = data.post("maho.coord", "/api/v1/meetings/" + meeting + "/minutes", """
                {"caseId": "%s", "minutes": "Besproken met alle partners", "decision": "Sluiting voor drie maanden"}""".formatted(id));
        assertThat(minutes.status()).as(minutes.body()).isEqualTo(200);

        String agendaText = text(meeting, "agenda.pdf", "maho.coord");
        assertThat(agendaText).contains("VERTROUWELIJK").contains("458ter").contains("STAD_ANTWERPEN").contains("Shisha Bar Oost");
        String minutesText = text(meeting, "minutes.pdf", "maho.coord");
        assertThat(minutesText).contains("VERTROUWELIJK").contains("Besproken met alle partners")
                .contains("Sluiting voor drie maanden").contains("PUBLIC_ORDER_CLOSURE");
        long exports = jdbc.sql("SELECT count(*) FROM audit_pending WHERE action = 'EXPORT' AND object_id = ?").param(meeting)
                .query(Long.class).single()
                + jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'EXPORT' AND object_id = ?").param(meeting)
                .query(Long.class).single();
        assertThat(exports).isEqualTo(2);

        assertThat(data.get("stad", "/api/v1/meetings/" + meeting).status()).isEqualTo(404);
        assertThat(data.get("kali.fgp", "/api/v1/meetings/" + meeting + "/minutes.pdf").status()).isEqualTo(404);
    }

    private String text(String meeting, String file, String user) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/meetings/" + meeting + "/" + file))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        PdfReader reader = new PdfReader(response.body());
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        reader.close();
        return text.toString();
    }
}
