package be.stroomplan.subjects.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import be.stroomplan.support.ApplicationTest;
import be.stroomplan.support.Http;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A process killed with SIGKILL in the middle of an import's merge, its rows written but not
 * committed, leaves nothing in the register; the import is then failed as interrupted, and the same
 * file imported again is taken in whole. The import runs in a child JVM against the test database,
 * so that it can really be killed.
 */
@ApplicationTest
class ImportKillTests {

    static final int ROWS = 2_000;

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Environment env;
    @Autowired
    SubjectImports imports;
    @TempDir
    Path directory;

    @Test
    void aKilledImportLeavesNothingAndCanRunAgain() throws Exception {
        Http http = new Http(port);
        String compartment = http.post("/api/v1/compartments", "kali.fgp", "demo", "application/json",
                "{\"kind\": \"DOSSIER\", \"title\": \"Kill %s\"}".formatted(UUID.randomUUID())).json().path("id").asString();
        StringBuilder csv = new StringBuilder(SubjectImportIntegrationTests.PERSONS_HEADER);
        for (int i = 0; i < ROWS; i++) {
            csv.append("K-").append(i).append(",Persoon ").append(i).append(" Janssens,,,BE,")
                    .append(ImportTestFiles.nationalNumber("7001%02d".formatted(1 + i / 900), 1 + i % 900)).append(",,,,,,\n");
        }
        Path file = directory.resolve("persons.csv");
        Files.writeString(file, csv);
        UUID id = UUID.randomUUID();
        Path merging = directory.resolve("merging");

        Process child = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), Importer.class.getName(),
                env.getRequiredProperty("spring.datasource.url"), env.getRequiredProperty("spring.datasource.username"),
                env.getProperty("spring.datasource.password", ""), id.toString(), compartment, file.toString(), merging.toString())
                .redirectErrorStream(true).redirectOutput(directory.resolve("child.log").toFile()).start();
        try {
            for (int i = 0; i < 1200 && !Files.exists(merging) && child.isAlive(); i++) {
                Thread.sleep(100);
            }
            assertThat(merging).as("the child reached the merge: " + Files.readString(directory.resolve("child.log"))).exists();
            assertThat(Files.readString(merging).strip()).as("rows written in the open merge transaction").isEqualTo(String.valueOf(ROWS));
        } finally {
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL, mid-transaction
        }
        long inRegister = 0;
        for (int i = 0; i < 50; i++) { // the server notices the closed connection and rolls back
            inRegister = count(compartment);
            if (inRegister == 0 && !backendStillOpen()) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(inRegister).as("no row of the killed import is in the register").isZero();

        assertThat(imports.recover(Instant.now().plusSeconds(60))).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("SELECT status || ' ' || failure FROM subject_import WHERE id = ?").param(id).query(String.class).single())
                .startsWith("FAILED interrupted");
        assertThat(jdbc.sql("SELECT count(*) FROM subject_import_staging WHERE import_id = ?").param(id).query(Long.class).single())
                .isZero();

        var again = http.post("/api/v1/imports?kind=persons&compartment=" + compartment, "kali.fgp", "demo", "text/csv",
                Files.readAllBytes(file));
        assertThat(again.status()).isEqualTo(202);
        JsonNode done = null;
        for (int i = 0; i < 600; i++) {
            done = http.get("/api/v1/imports/" + again.json().path("id").asString(), "kali.fgp", "demo").json();
            if (!done.path("status").asString().equals("RUNNING")) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(done.path("status").asString()).as(done.toString()).isEqualTo("DONE");
        assertThat(done.path("created").asLong()).isEqualTo(ROWS);
        assertThat(count(compartment)).isEqualTo(ROWS);
    }

    private long count(String compartment) {
        return jdbc.sql("SELECT count(*) FROM subject WHERE compartment_id = ?").param(UUID.fromString(compartment))
                .query(Long.class).single();
    }

    private boolean backendStillOpen() {
        return jdbc.sql("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'kill-test-importer'")
                .query(Long.class).single() > 0;
    }

    /** Runs in the child JVM: stages, validates and merges, then waits inside the merge transaction to be killed. */
    public static final class Importer {

        public static void main(String[] args) throws Exception {
            DriverManagerDataSource dataSource = new DriverManagerDataSource(args[0] + (args[0].contains("?") ? "&" : "?")
                    + "ApplicationName=kill-test-importer", args[1], args[2]);
            JdbcClient jdbc = JdbcClient.create(dataSource);
            JsonMapper json = JsonMapper.builder().build();
            ImportStore store = new ImportStore(jdbc, json);
            UUID id = UUID.fromString(args[3]);
            UUID compartment = UUID.fromString(args[4]);
            store.insert(id, ImportKind.PERSONS, compartment, "FGP_ANTWERPEN", "kali.fgp", Instant.now());
            ImportPipeline pipeline = new ImportPipeline(dataSource, jdbc, store, json, 65_536,
                    java.util.concurrent.Executors.newFixedThreadPool(2), 2);
            ImportPipeline.Target target = new ImportPipeline.Target(id, ImportKind.PERSONS, compartment, "OTHER", Path.of(args[5]),
                    LocalDate.now());
            Rejections rejections = new Rejections();
            pipeline.stage(target, rejections);
            pipeline.validate(target, rejections);
            if (rejections.count() > 0) {
                throw new IllegalStateException(rejections.count() + " rows refused, the first: " + rejections.listed().get(0));
            }
            new TransactionTemplate(new DataSourceTransactionManager(dataSource)).executeWithoutResult(status -> {
                ImportMerge.Counts counts = new ImportMerge(jdbc).merge(id, compartment, "FGP_ANTWERPEN", "kali.fgp", Instant.now());
                try {
                    Files.writeString(Path.of(args[6]), String.valueOf(counts.created()));
                    Thread.sleep(Duration.ofMinutes(5).toMillis());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }
}
