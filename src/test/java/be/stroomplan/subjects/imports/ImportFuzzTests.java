package be.stroomplan.subjects.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import be.stroomplan.subjects.SubjectDraft;
import be.stroomplan.subjects.SubjectValidation;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import org.junit.jupiter.api.Tag;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fuzz targets for the import parsers: the CSV reader (persons and companies lists), the FtM JSON
 * lines reader, and the mapping of a row or an entity to a draft and the register's checks. The
 * import must turn any bytes into rows or rejections, never into an exception that stops it.
 * Regression mode over the seeds in {@code ImportFuzzTestsInputs/<method>/} in the normal build;
 * {@code bench/fuzz.sh} fuzzes them.
 */
@Tag("fuzz")
class ImportFuzzTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_ROW_BYTES = 4096;

    /** Any bytes: every record is Fields or Malformed, line numbers rise, rows with 12 fields pass the person checks. */
    @FuzzTest(maxDuration = "5m")
    void csvRecords(byte[] input) throws IOException {
        CsvRecords records = new CsvRecords(new ByteArrayInputStream(input), MAX_ROW_BYTES, true);
        int lastLine = 0;
        int count = 0;
        CsvRecords.Row row;
        while ((row = records.next()) != null) {
            assertThat(row.line()).isGreaterThan(lastLine);
            lastLine = row.line();
            assertThat(++count).isLessThanOrEqualTo(input.length);
            if (row instanceof CsvRecords.Fields fields) {
                List<String> values = fields.values();
                if (values.size() == 12) {
                    check(RowChecks.person(values, "SUSPECT"));
                }
                if (values.size() == 9) {
                    check(RowChecks.company(values, "OTHER"));
                }
            } else {
                assertThat(((CsvRecords.Malformed) row).messageKey()).startsWith("subjects.import.error.");
            }
        }
    }

    /** Fields written as RFC 4180 read back as the same fields, whatever they contain. */
    @FuzzTest(maxDuration = "5m")
    void csvRoundTrip(FuzzedDataProvider data) throws IOException {
        List<String> fields = new ArrayList<>();
        int n = data.consumeInt(1, 12);
        for (int i = 0; i < n; i++) {
            fields.add(data.consumeString(40));
        }
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            line.append(i == 0 ? "" : ",").append('"').append(fields.get(i).replace("\"", "\"\"")).append('"');
        }
        byte[] bytes = (line + "\r\n").getBytes(StandardCharsets.UTF_8);
        CsvRecords.Row row = new CsvRecords(new ByteArrayInputStream(bytes), 1 << 20, true).next();
        if (!StandardCharsets.UTF_8.newEncoder().canEncode(String.join("", fields))) {
            return; // lone surrogates cannot be written as UTF-8 in the first place
        }
        assertThat(row).as("%s", fields).isEqualTo(new CsvRecords.Fields(1, fields));
    }

    /** Any line of an FtM file: Jackson refuses it, or the entity becomes a link, a draft, or a rejection; never another exception. */
    @FuzzTest(maxDuration = "5m")
    void ftmLines(byte[] input) throws IOException {
        CsvRecords records = new CsvRecords(new ByteArrayInputStream(input), MAX_ROW_BYTES, false);
        CsvRecords.Row row;
        while ((row = records.next()) != null) {
            if (row instanceof CsvRecords.Fields fields) {
                entity(fields.values().get(0));
            }
        }
    }

    private static void entity(String text) {
        JsonNode entity;
        try {
            entity = JSON.readTree(text);
        } catch (JacksonException refused) {
            return;
        }
        String id = entity.path("id").isString() ? entity.path("id").asString() : null;
        String schema = entity.path("schema").isString() ? entity.path("schema").asString() : null;
        if (id == null || id.isBlank() || schema == null) {
            return;
        }
        JsonNode properties = entity.path("properties");
        if (Ftm.isLink(schema)) {
            Ftm.link(schema, properties).ifPresent(link -> {
                assertThat(link.source()).isNotNull();
                assertThat(link.target()).isNotNull();
                assertThat(link.type()).isNotNull();
            });
            return;
        }
        Ftm.draft(id, schema, properties, "SUSPECT").ifPresent(ImportFuzzTests::check);
    }

    private static void check(SubjectDraft draft) {
        SubjectValidation.Checked checked = SubjectValidation.check(draft, TODAY);
        assertThat(checked.valid()).isEqualTo(checked.problems().isEmpty());
        assertThat(checked.problems()).allSatisfy(problem -> assertThat(problem).isNotNull());
        if (checked.valid()) {
            assertThat(checked.name()).isNotBlank();
            assertThat(checked.identifiers()).doesNotContainNull();
        }
    }
}
