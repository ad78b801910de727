package be.stroomplan.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded server keeps its data across restarts, listens on localhost only, runs durably,
 * and recovers from a server left running by a JVM that was killed.
 */
class EmbeddedDatabaseServerTests {

    @TempDir(cleanup = org.junit.jupiter.api.io.CleanupMode.ALWAYS)
    Path directory;

    @Test
    void keepsDataAcrossRestartsAndIsDurable() throws Exception {
        EmbeddedDatabaseSettings settings = new EmbeddedDatabaseSettings(directory.resolve("data"), 0, false);
        EmbeddedDatabaseServer first = EmbeddedDatabaseServer.start(settings);
        try (Connection connection = first.connect(EmbeddedDatabaseServer.OWNER_ROLE);
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE kept (value text)");
            statement.execute("INSERT INTO kept VALUES ('still here')");
            assertThat(setting(statement, "listen_addresses")).isEqualTo("localhost");
            assertThat(setting(statement, "fsync")).isEqualTo("on");
            assertThat(setting(statement, "synchronous_commit")).isEqualTo("on");
        } finally {
            first.stop();
        }
        EmbeddedDatabaseServer second = EmbeddedDatabaseServer.start(settings);
        try (Connection connection = second.connect(EmbeddedDatabaseServer.OWNER_ROLE);
             Statement statement = connection.createStatement()) {
            ResultSet rows = statement.executeQuery("SELECT value FROM kept");
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("still here");
        } finally {
            second.stop();
        }
    }

    @Test
    void stopsAServerLeftRunningByAKilledJvm() throws Exception {
        Path data = directory.resolve("orphan");
        Path ready = directory.resolve("ready");
        Process orphanMaker = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), OrphanMaker.class.getName(), data.toString(), ready.toString())
                .redirectErrorStream(true).redirectOutput(directory.resolve("orphan.log").toFile()).start();
        for (int i = 0; i < 600 && !Files.exists(ready); i++) {
            Thread.sleep(100);
        }
        assertThat(ready).as("the child JVM started its server").exists();
        orphanMaker.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // kill -9: PostgreSQL keeps running
        assertThat(new File(data.toFile(), "postmaster.pid")).exists();

        EmbeddedDatabaseServer server = EmbeddedDatabaseServer.start(new EmbeddedDatabaseSettings(data, 0, false));
        try (Connection connection = server.connect(EmbeddedDatabaseServer.OWNER_ROLE);
             Statement statement = connection.createStatement()) {
            ResultSet rows = statement.executeQuery("SELECT count(*) FROM orphan_marker");
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(1);
        } finally {
            server.stop();
        }
    }

    @Test
    void refusesADataDirectoryThatARunningInstanceHolds() throws Exception {
        EmbeddedDatabaseSettings settings = new EmbeddedDatabaseSettings(directory.resolve("shared"), 0, false);
        EmbeddedDatabaseServer running = EmbeddedDatabaseServer.start(settings);
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> EmbeddedDatabaseServer.start(settings))
                    .isInstanceOf(DataDirectoryInUseException.class);
            try (Connection connection = running.connect(EmbeddedDatabaseServer.OWNER_ROLE);
                 Statement statement = connection.createStatement()) {
                assertThat(statement.execute("SELECT 1")).as("the running instance's server is untouched").isTrue();
            }
        } finally {
            running.stop();
        }
    }

    private static String setting(Statement statement, String name) throws Exception {
        ResultSet rows = statement.executeQuery("SHOW " + name);
        rows.next();
        return rows.getString(1);
    }

    /** Runs in a child JVM: starts a server, writes a row, signals, and waits to be killed. */
    public static final class OrphanMaker {

        public static void main(String[] args) throws Exception {
            EmbeddedDatabaseServer server = EmbeddedDatabaseServer.start(
                    new EmbeddedDatabaseSettings(Path.of(args[0]), 0, false));
            try (Connection connection = server.connect(EmbeddedDatabaseServer.OWNER_ROLE);
                 Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE orphan_marker (id int)");
                statement.execute("INSERT INTO orphan_marker VALUES (1)");
            }
            Files.createFile(Path.of(args[1]));
            Thread.sleep(TimeUnit.MINUTES.toMillis(5));
        }
    }
}
