package be.stroomplan.platform;

import static be.stroomplan.support.TestData.csrf;
import static be.stroomplan.support.TestData.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import be.stroomplan.audit.AuditVerifier;
import be.stroomplan.audit.VerificationResult;
import be.stroomplan.support.ApplicationProcess;
import be.stroomplan.support.Http;
import be.stroomplan.support.TestData;
import be.stroomplan.support.TestPostgres;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import tools.jackson.databind.JsonNode;

/**
 * The platform in a JVM of its own on a PostgreSQL server of the test's own (the machine's
 * installation, whose client tools the backup scripts use; the oldest major version the platform
 * supports): killed with SIGKILL while a client writes and an import runs, started again on the same
 * database; the database stopped under it and started again; and a backup restored into a fresh
 * database.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultIntegrationTests {

    private static final Duration START = Duration.ofMinutes(4);
    private static final String JSON = "application/json";
    static final int IMPORT_ROWS = 15_000;
    static final String COMPANIES_HEADER = "ref,name,legal_form,enterprise_number,street,number,postcode,municipality,nace\n";

    Path directory;
    Path secrets;
    TestPostgres database;
    ApplicationProcess node;

    @BeforeAll
    void aNodeOnItsOwnDatabase() {
        var installation = TestPostgres.systemInstallation();
        if ("true".equals(System.getenv("CI"))) {
            assertThat(installation).as("a PostgreSQL installation (Debian: postgresql) with pg_dump and pg_restore").isPresent();
        }
        Assumptions.assumeTrue(installation.isPresent(), "no PostgreSQL installation on this machine");
        directory = TestData.freshDirectory("faults");
        database = TestPostgres.system(installation.get(), directory.resolve("pg"));
        secrets = ApplicationProcess.writeSecrets(directory.resolve("secrets"));
        node = ApplicationProcess.of("node", directory.resolve("node"), database, secrets,
                List.of("--stroomplan.demo-data.enabled=true", "--stroomplan.imports.stale-after=PT10S"));
        node.start().awaitReady(START);
    }

    @AfterAll
    void stop() {
        if (node != null) {
            node.stop();
        }
        if (database != null) {
            database.stop();
        }
    }

    @Test
    @Order(1)
    void aKillDuringWritesAndAnImportLosesNoAcknowledgedWriteAndShowsNoHalfImport() throws Exception {
        Http http = node.http();
        var dossier = http.post("/api/v1/dossiers", "kali.fgp", "demo", JSON, """
                {"noticeNumber": "%s", "title": "Operatie Stroomuitval", "magistrate": "magistraat", "leadInvestigator": "kali.fgp"}"""
                .formatted(TestData.noticeNumber()));
        assertThat(dossier.status()).as(dossier.body()).isEqualTo(201);
        String dossierId = dossier.json().path("id").asString();
        String compartment = http.post("/api/v1/compartments", "kali.fgp", "demo", JSON,
                "{\"kind\": \"DOSSIER\", \"title\": \"Import %s\"}".formatted(UUID.randomUUID())).json().path("id").asString();
        byte[] companies = companies();

        List<String> acknowledged = new CopyOnWriteArrayList<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        Thread writer = new Thread(() -> write(http, dossierId, acknowledged, writing), "acknowledged-writes");
        writer.start();
        eventually(Duration.ofSeconds(60), "the first writes were acknowledged", () -> acknowledged.size() >= 20);

        var started = http.post("/api/v1/imports?kind=companies&compartment=" + compartment, "kali.fgp", "demo", "text/csv", companies);
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String importId = started.json().path("id").asString();
        String phase = "";
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (!phase.equals("MERGING") && Instant.now().isBefore(deadline)) {
            JsonNode status = http.get("/api/v1/imports/" + importId, "kali.fgp", "demo").json();
            assertThat(status.path("status").asString()).as("the import is still running: " + status).isEqualTo("RUNNING");
            phase = status.path("phase").asString();
            ApplicationProcess.pause(Duration.ofMillis(25));
        }
        assertThat(phase).as("the import reached its merge").isEqualTo("MERGING");
        int acknowledgedBeforeKill = acknowledged.size();
        node.kill(); // SIGKILL while the merge transaction is open and the writer is writing
        writer.join(TimeUnit.SECONDS.toMillis(60));
        writing.set(false);
        assertThat(acknowledged.size()).isGreaterThanOrEqualTo(acknowledgedBeforeKill);

        node.start().awaitReady(START);
        assertThat(countOf("SELECT count(*) FROM information_item WHERE id = ANY (?::uuid[])", acknowledged.toArray(String[]::new)))
                .as("every write acknowledged with 2xx before the kill is there").isEqualTo(acknowledged.size());
        var last = http.get("/api/v1/items/" + acknowledged.get(acknowledged.size() - 1), "kali.fgp", "demo");
        assertThat(last.status()).as(last.body()).isEqualTo(200);

        assertThat(subjectsIn(compartment)).as("nothing of the killed import is in the register").isZero();
        eventually(Duration.ofSeconds(150), "the interrupted import is marked FAILED by the recovery job",
                () -> "FAILED".equals(http.get("/api/v1/imports/" + importId, "kali.fgp", "demo").json().path("status").asString()));
        assertThat(subjectsIn(compartment)).isZero();
        assertThat(countOf("SELECT count(*) FROM subject_import_staging WHERE import_id = ?::uuid", importId)
                + countOf("SELECT count(*) FROM subject_import_ready WHERE import_id = ?::uuid", importId))
                .as("no staged row of the killed import is left").isZero();

        var again = http.post("/api/v1/imports?kind=companies&compartment=" + compartment, "kali.fgp", "demo", "text/csv", companies);
        assertThat(again.status()).as(again.body()).isEqualTo(202);
        JsonNode done = null;
        deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            done = http.get("/api/v1/imports/" + again.json().path("id").asString(), "kali.fgp", "demo").json();
            if (!done.path("status").asString().equals("RUNNING")) {
                break;
            }
            ApplicationProcess.pause(Duration.ofMillis(250));
        }
        assertThat(done.path("status").asString()).as(String.valueOf(done)).isEqualTo("DONE");
        assertThat(done.path("created").asLong()).isEqualTo(IMPORT_ROWS);
        assertThat(subjectsIn(compartment)).isEqualTo(IMPORT_ROWS);

        assertChainVerifies(http);
    }

    @Test
    @Order(2)
    void whileTheDatabaseIsDownTheNodeAnswers503AndRecoversByItself() throws Exception {
        Http http = node.http();
        HttpClient dutch = browser();
        HttpClient french = browser();
        logIn(dutch, "kali.fgp", "");
        logIn(french, "kali.pza", "?lang=fr");
        assertThat(page(dutch, "/").statusCode()).isEqualTo(200);

        database.stop();
        try {
            eventually(Duration.ofSeconds(30), "health turns DOWN", () -> http.get("/actuator/health", null, null).status() == 503);
            assertThat(http.get("/actuator/health", null, null).body()).contains("DOWN");

            Instant asked = Instant.now();
            var me = http.get("/api/v1/me", "kali.fgp", "demo");
            assertThat(Duration.between(asked, Instant.now())).as("fails fast").isLessThan(Duration.ofSeconds(20));
            assertUnavailableProblem(me);
            assertUnavailableProblem(http.get("/api/v1/dossiers", "kali.fgp", "demo"));
            assertUnavailableProblem(http.post("/api/v1/deconfliction/checks", "coac", "demo", JSON,
                    "{\"purpose\": \"COAC_CONTROLE\", \"items\": [{\"type\": \"PLATE\", \"value\": \"1-ABC-123\"}]}"));

            var dutchPage = page(dutch, "/");
            assertThat(dutchPage.statusCode()).isEqualTo(503);
            assertThat(dutchPage.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
            assertThat(dutchPage.body()).contains("lang=\"nl\"", "Tijdelijk niet beschikbaar").doesNotContain("Exception", "at be.stroomplan");
            var frenchPage = page(french, "/dossiers");
            assertThat(frenchPage.statusCode()).isEqualTo(503);
            assertThat(frenchPage.body()).contains("lang=\"fr\"", "Temporairement indisponible");
        } finally {
            database.start();
        }

        eventually(Duration.ofSeconds(60), "health is UP again", () -> http.get("/actuator/health", null, null).status() == 200);
        eventually(Duration.ofSeconds(30), "the API answers again", () -> http.get("/api/v1/me", "kali.fgp", "demo").status() == 200);
        assertThat(page(dutch, "/").statusCode()).as("the session stored before the outage still holds").isEqualTo(200);
        assertThat(http.get("/api/v1/dossiers", "kali.fgp", "demo").status()).isEqualTo(200);
        assertChainVerifies(http);
    }

    @Test
    @Order(3)
    void aBackupRestoredIntoAFreshDatabaseHasTheSameRowsAndAVerifiedChain() throws Exception {
        node.stop(); // a quiet database, so that the row counts can be compared after the dump
        Path passphrase = secrets.resolve("backup-passphrase");
        Files.writeString(passphrase, UUID.randomUUID().toString());
        Path dump = directory.resolve("backup").resolve("stroomplan.dump");
        Files.createDirectories(dump.getParent());

        String output = script("backup.sh", passphrase, database.uri(TestPostgres.OWNER, TestPostgres.DATABASE), dump.toString()).strip();
        String written = output.substring(output.lastIndexOf('\n') + 1);
        assertThat(written).endsWith("stroomplan.dump.gpg");
        assertThat(dump).doesNotExist();
        assertThat(new String(Files.readAllBytes(Path.of(written)), StandardCharsets.ISO_8859_1)).as("the dump is encrypted")
                .doesNotContain("audit_event", "information_item");

        database.prepare("stroomplan_restored");
        script("restore.sh", passphrase, written, database.uri(TestPostgres.OWNER, "stroomplan_restored"));

        Map<String, Long> original = rowCounts(TestPostgres.DATABASE);
        Map<String, Long> restored = rowCounts("stroomplan_restored");
        assertThat(original.get("audit_event")).isPositive();
        assertThat(original.get("information_item")).isPositive();
        assertThat(restored).as("every table, row for row").isEqualTo(original);

        // the platform's own verifier, connected as the application role: the grants came back with the dump
        DriverManagerDataSource restoredAsApplication = new DriverManagerDataSource(
                database.jdbcUrl("stroomplan_restored"), TestPostgres.APP, "");
        VerificationResult verified = new AuditVerifier(new JdbcTemplate(restoredAsApplication),
                new DataSourceTransactionManager(restoredAsApplication)).verify();
        assertThat(verified.valid()).as(verified.toJson()).isTrue();
        assertThat(verified.checked()).isEqualTo(original.get("audit_event"));
    }

    private static byte[] companies() {
        StringBuilder csv = new StringBuilder(COMPANIES_HEADER);
        for (int i = 0; i < IMPORT_ROWS; i++) {
            String first8 = "0" + (1_000_000 + i);
            String number = first8 + "%02d".formatted(97 - Long.parseLong(first8) % 97);
            csv.append("F-").append(i).append(",Firma ").append(i).append(" BV,BV,").append(number).append(",,,,,\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Writes items until the node stops answering, keeping the id of every write answered 2xx. */
    private static void write(Http http, String dossier, List<String> acknowledged, AtomicBoolean writing) {
        for (int n = 0; n < 20_000 && writing.get(); n++) {
            try {
                var response = http.post("/api/v1/dossiers/" + dossier + "/items", "kali.fgp", "demo", JSON, """
                        {"category": "POLICE", "classification": "NONE", "tlp": "AMBER", "sourceReliability": "B",
                         "informationAccuracy": "2", "handlingCode": "H0", "text": "Waarneming %d"}""".formatted(n));
                if (response.status() / 100 == 2) {
                    acknowledged.add(response.json().path("id").asString());
                }
            } catch (IllegalStateException e) {
                return; // the node is gone
            }
        }
    }

    private static void assertUnavailableProblem(Http.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(503);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.header("Retry-After")).isNotBlank();
        assertThat(response.json().path("status").asInt()).isEqualTo(503);
        assertThat(response.body()).doesNotContain("Exception", "at be.stroomplan", "jdbc");
    }

    private static void assertChainVerifies(Http http) {
        var verified = http.get("/api/v1/audit/verify", "dpo", "demo");
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        assertThat(verified.json().path("valid").asBoolean()).as(verified.body()).isTrue();
    }

    private HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    private void logIn(HttpClient browser, String user, String query) throws Exception {
        var form = page(browser, "/login" + query);
        var login = browser.send(HttpRequest.newBuilder(URI.create(node.base() + "/login")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=demo&_csrf=" + csrf(form.body()))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
    }

    private HttpResponse<String> page(HttpClient browser, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(node.base() + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String script(String name, Path passphrase, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", Path.of("scripts", name).toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PG_BIN", database.binaries().orElseThrow().toString());
        builder.environment().put("STROOMPLAN_BACKUP_PASSPHRASE_FILE", passphrase.toString());
        builder.environment().put("GNUPGHOME", Files.createDirectories(directory.resolve("gnupg")).toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(name + ":\n" + output).isZero();
        return output;
    }

    private Map<String, Long> rowCounts(String databaseName) throws Exception {
        Map<String, Long> counts = new TreeMap<>();
        try (Connection connection = database.connect(TestPostgres.OWNER, databaseName); Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
                    rows.next();
                    counts.put(table, rows.getLong(1));
                }
            }
        }
        return counts;
    }

    private long subjectsIn(String compartment) {
        return countOf("SELECT count(*) FROM subject WHERE compartment_id = ?::uuid", compartment);
    }

    private long countOf(String sql, Object parameter) {
        try (Connection connection = database.connect(TestPostgres.OWNER, TestPostgres.DATABASE);
             PreparedStatement statement = connection.prepareStatement(sql)) {
            if (parameter instanceof String[] values) {
                statement.setArray(1, connection.createArrayOf("text", values));
            } else {
                statement.setObject(1, parameter);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
