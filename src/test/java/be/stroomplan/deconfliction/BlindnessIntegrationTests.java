package be.stroomplan.deconfliction;

import static be.stroomplan.deconfliction.DeconflictionTestData.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import be.stroomplan.deconfliction.internal.DeconflictionIndex;
import be.stroomplan.support.ApplicationTest;
import be.stroomplan.support.Http;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the requester and the tables may not reveal: a hit looks the same whatever dossier it comes
 * from; no deconfliction table holds a clear identifier or name; a key rotation keeps every hit.
 */
@ApplicationTest
class BlindnessIntegrationTests {

    private static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DeconflictionIndex index;

    @Test
    void hitsFromTwoDossiersAnswerIdenticallyButForTheTicket() {
        DeconflictionTestData data = new DeconflictionTestData(port);
        String first = DeconflictionTestData.nationalNumber();
        String second = DeconflictionTestData.nationalNumber();
        data.person(data.dossier("magistraat", "Operatie Noord"), "Ilse Claes", "1979-06-01", first);
        String other = data.dossier("magistraat", "Een heel ander dossier met een lange titel");
        data.person(other, "Pieter-Jan Van den Broeck", "1990-01-31", second);
        data.subject(other, "{\"type\": \"PERSON\", \"name\": \"Ander Persoon\", \"identifiers\": [{\"type\": \"NATIONAL_NUMBER\", \"value\": \""
                + DeconflictionTestData.nationalNumber() + "\"}]}");
        eventually(() -> data.status("coac", "NATIONAL_NUMBER", first).equals("ON_HOLD")
                && data.status("coac", "NATIONAL_NUMBER", second).equals("ON_HOLD"));

        Http.Response a = data.check("coac", body(first));
        Http.Response b = data.check("coac", body(second));
        assertThat(a.status()).isEqualTo(200);
        assertThat(b.status()).isEqualTo(200);
        assertThat(a.body().getBytes(StandardCharsets.UTF_8)).hasSameSizeAs(b.body().getBytes(StandardCharsets.UTF_8));
        assertThat(a.body().replaceAll(UUID_PATTERN, "T")).isEqualTo(b.body().replaceAll(UUID_PATTERN, "T"));
        assertThat(a.body()).isNotEqualTo(b.body());
        assertThat(a.raw().headers().map().keySet()).isEqualTo(b.raw().headers().map().keySet());
    }

    private static String body(String nationalNumber) {
        return "{\"purpose\": \"COAC_CONTROLE\", \"items\": [{\"type\": \"NATIONAL_NUMBER\", \"value\": \"" + nationalNumber + "\"}]}";
    }

    @Test
    void noDeconflictionTableHoldsAClearIdentifierOrName() {
        DeconflictionTestData data = new DeconflictionTestData(port);
        String number = DeconflictionTestData.nationalNumber();
        String dossier = data.dossier("magistraat", "Operatie Scan");
        data.person(dossier, "Fatima Zahra El Idrissi", "1988-11-23", number);
        data.subject(dossier, """
                {"type": "ADDRESS", "name": "Pand Kerkstraat", "addresses": [{"street": "Kerkstraat", "number": "14", "postcode": "2060",
                 "municipality": "Antwerpen"}]}""");
        eventually(() -> data.status("stad", "NATIONAL_NUMBER", number).equals("ON_HOLD"));
        data.json(data.check("stad", """
                {"purpose": "MAHO_CASUSOVERLEG", "items": [{"type": "NATIONAL_NUMBER", "value": "%s"},
                 {"type": "NAME", "value": "Fatima Zahra El Idrissi", "birthDate": "1988-11-23"},
                 {"type": "ADDRESS", "value": "Kerkstraat 14, 2060 Antwerpen"}]}""".formatted(number)), 200);

        List<String> needles = new ArrayList<>(jdbc.queryForList("""
                SELECT DISTINCT v FROM (
                    SELECT value AS v FROM subject_identifier UNION SELECT display FROM subject_identifier
                    UNION SELECT match_key FROM subject_identifier UNION SELECT name FROM subject
                    UNION SELECT name_normalised FROM subject UNION SELECT name_canonical FROM subject
                    UNION SELECT street || ' ' || number FROM subject_address UNION SELECT match_key FROM subject_address) n
                 WHERE length(v) >= 6""", String.class));
        needles.addAll(List.of(number, "Fatima Zahra El Idrissi", "el idrissi", "elidrissi", "kerkstraat"));
        assertThat(needles).hasSizeGreaterThan(20);

        List<Map<String, Object>> columns = jdbc.queryForList("""
                SELECT table_name, column_name, data_type FROM information_schema.columns
                 WHERE table_schema = current_schema() AND table_name LIKE 'deconfliction%'
                   AND data_type IN ('text', 'character varying', 'bytea')""");
        assertThat(columns).extracting(c -> c.get("table_name")).contains("deconfliction_index", "deconfliction_ticket",
                "deconfliction_request", "deconfliction_hit", "deconfliction_operation_target", "deconfliction_clash");
        String array = "{" + String.join(",", needles.stream().map(n -> "\"" + n.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .toList()) + "}";
        for (Map<String, Object> column : columns) {
            String table = (String) column.get("table_name");
            String name = (String) column.get("column_name");
            String condition = "bytea".equals(column.get("data_type"))
                    ? "position(convert_to(lower(n), 'UTF8') IN t.%1$s) > 0 OR position(convert_to(n, 'UTF8') IN t.%1$s) > 0"
                    : "position(lower(n) IN lower(t.%1$s)) > 0";
            List<String> found = jdbc.queryForList(("SELECT DISTINCT n FROM %2$s t, unnest(CAST(? AS text[])) n WHERE " + condition)
                    .formatted(name, table), String.class, array);
            assertThat(found).as(table + "." + name).isEmpty();
        }
    }

    @Test
    void afterARotationEveryRowHasTheNewVersionAndChecksStillHit() {
        DeconflictionTestData data = new DeconflictionTestData(port);
        String plate = DeconflictionTestData.plate();
        String dossier = data.dossier("magistraat", "Operatie Sleutel");
        data.subject(dossier, """
                {"type": "VEHICLE", "name": "Bestelwagen", "identifiers": [{"type": "PLATE", "value": "%s"}]}""".formatted(plate));
        eventually(() -> data.status("coac", "PLATE", plate).equals("ON_HOLD"));

        Integer current = jdbc.queryForObject("SELECT max(key_version) FROM deconfliction_index", Integer.class);
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        index.activateKey(current + 1, secret);
        assertThat(data.status("coac", "PLATE", plate)).as("old rows still searched").isEqualTo("ON_HOLD");
        index.rotate();
        assertThat(jdbc.queryForList("SELECT DISTINCT key_version FROM deconfliction_index", Integer.class))
                .containsExactly(current + 1);
        assertThat(data.status("coac", "PLATE", plate)).isEqualTo("ON_HOLD");
        assertThat(data.status("coac", "PLATE", DeconflictionTestData.plate())).isEqualTo("CLEAR");
    }
}
