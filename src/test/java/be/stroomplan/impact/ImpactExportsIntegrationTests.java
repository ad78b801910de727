package be.stroomplan.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import be.stroomplan.support.ApplicationTest;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The exports: CSV and XLSX equal the user's figures (and are audited), the quarterly PDF carries
 * the marking and charts, and the public statistics page and its CSV suppress every count under five.
 */
@ApplicationTest
class ImpactExportsIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;

    ImpactFixtures data;
    final String today = "from=" + ImpactFixtures.TODAY + "&to=" + ImpactFixtures.TODAY;

    @BeforeEach
    void setUp() {
        data = new ImpactFixtures(port, jdbc, encoder);
    }

    @Test
    void csvAndXlsxHoldTheUsersFigures() throws Exception {
        String alice = data.freshPartner();
        for (int i = 0; i < 3; i++) {
            data.submit(alice, "Nachtwinkel export " + i, "2170");
        }
        long exportsBefore = exports(alice);
        var csv = data.get(alice, "/api/v1/impact/export.csv?" + today);
        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("attachment", ".csv");
        Map<String, String> values = csv(csv.body());
        assertThat(values).containsEntry("cases.submitted", "3").containsEntry("cases.byStatus.SUBMITTED", "3")
                .containsEntry("districts.Merksem", "3").containsEntry("districts.Deurne", "0")
                .containsEntry("controls.executed", "0").containsEntry("controls.targetsChecked", "0");
        assertThat(csv.body()).doesNotContain("Nachtwinkel");

        byte[] xlsx = bytes(alice, "/api/v1/impact/export.xlsx?" + today);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheet("Impact");
            Map<String, Double> numbers = new HashMap<>();
            for (Row row : sheet) {
                if (row.getCell(1) != null && row.getCell(1).getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
                    numbers.put(row.getCell(0).getStringCellValue(), row.getCell(1).getNumericCellValue());
                }
            }
            assertThat(numbers).containsEntry("cases.submitted", 3.0).containsEntry("districts.Merksem", 3.0);
        }
        assertThat(exports(alice)).isEqualTo(exportsBefore + 2);
        assertThat(data.get("dpo", "/api/v1/impact/export.csv").status()).isEqualTo(403);
        assertThat(data.get(alice, "/api/v1/impact/export.csv?from=nonsense").status()).isEqualTo(400);
    }

    @Test
    void theQuarterlyReportCarriesTheMarkingAndTheFigures() throws Exception {
        int year = ImpactFixtures.TODAY.getYear();
        int quarter = (ImpactFixtures.TODAY.getMonthValue() - 1) / 3 + 1;
        byte[] pdf = bytes("lead", "/api/v1/impact/report.pdf?year=" + year + "&quarter=" + quarter);
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        PdfReader reader = new PdfReader(pdf);
        String first = new PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(first).contains("BEPERKTE VERSPREIDING", "Kwartaalrapport Stroomplan " + year + " Q" + quarter);
        StringBuilder all = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            all.append(new PdfTextExtractor(reader).getTextFromPage(page));
        }
        assertThat(all.toString()).contains("cases.submitted", "outcomes.taxAssessedEur");
        assertThat(reader.getNumberOfPages()).isGreaterThanOrEqualTo(2);
        reader.close();
        assertThat(data.get("lead", "/api/v1/impact/report.pdf?year=" + year + "&quarter=5").status()).isEqualTo(400);
    }

    @Test
    void thePublicStatisticsSuppressCountsUnderFive() {
        String alice = data.freshPartner();
        data.submit(alice, "Nachtwinkel publiek", "2660");
        var page = data.http.get("/statistics", null, null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"statistics\"").doesNotContain("Nachtwinkel");
        Matcher cell = Pattern.compile("<td class=\"number\">([^<]*)</td>").matcher(page.body());
        int cells = 0;
        while (cell.find()) {
            cells++;
            assertThat(cell.group(1)).matches("0|&lt;5|[5-9]|[1-9][0-9]+");
            assertThat(cell.group(1)).isNotIn("1", "2", "3", "4");
        }
        assertThat(cells).isGreaterThan(10);

        var csv = data.http.get("/statistics.csv", null, null);
        assertThat(csv.status()).isEqualTo(200);
        Map<String, String> values = csv(csv.body());
        assertThat(values).isNotEmpty();
        values.values().forEach(v -> assertThat(v).isNotIn("1", "2", "3", "4"));
        assertThat(values.keySet()).noneMatch(k -> k.contains("Eur") || k.contains("Kg") || k.contains("Days"));
        // Hoboken has at least this one case this year: shown as <5 or as the true count of five or more
        assertThat(values.get("districts.Hoboken")).isNotEqualTo("0");
    }

    @Test
    void theDisclosureRuleSuppressesOneToFour() {
        assertThat(Disclosure.shown(0)).isEqualTo("0");
        for (int n = 1; n < 5; n++) {
            assertThat(Disclosure.shown(n)).isEqualTo("<5");
        }
        assertThat(Disclosure.shown(5)).isEqualTo("5");
        assertThat(Disclosure.shown(123)).isEqualTo("123");
    }

    private static Map<String, String> csv(String body) {
        Map<String, String> values = new HashMap<>();
        List<String> lines = body.lines().filter(l -> !l.startsWith("#") && !l.equals("indicator,value")).toList();
        lines.forEach(l -> values.put(l.substring(0, l.indexOf(',')), l.substring(l.indexOf(',') + 1)));
        return values;
    }

    private long exports(String user) {
        return jdbc.sql("""
                SELECT (SELECT count(*) FROM audit_pending WHERE actor_user = ? AND action = 'EXPORT' AND object_type = 'IMPACT')
                     + (SELECT count(*) FROM audit_event WHERE actor_user = ? AND action = 'EXPORT' AND object_type = 'IMPACT')""")
                .params(user, user).query(Long.class).single();
    }

    private byte[] bytes(String user, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)))
                .GET().build();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        return response.body();
    }
}
