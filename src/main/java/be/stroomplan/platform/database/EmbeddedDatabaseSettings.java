package be.stroomplan.platform.database;

import java.nio.file.Path;

import org.springframework.core.env.Environment;

/**
 * Settings of the embedded PostgreSQL server, under {@code stroomplan.database.embedded}.
 * Read from the {@link Environment} before the application context exists, which is why this is
 * not a bound {@code @ConfigurationProperties} record.
 *
 * @param dataDirectory where the cluster lives; kept across restarts
 * @param port TCP port on localhost, 0 for a free one
 * @param clean wipe the data directory before start (tests only)
 */
record EmbeddedDatabaseSettings(Path dataDirectory, int port, boolean clean) {

    static final String PREFIX = "stroomplan.database.embedded.";

    static EmbeddedDatabaseSettings from(Environment env) {
        return new EmbeddedDatabaseSettings(
                Path.of(env.getProperty(PREFIX + "data-directory", "./data")).toAbsolutePath().normalize(),
                env.getProperty(PREFIX + "port", Integer.class, 0),
                env.getProperty(PREFIX + "clean", Boolean.class, false));
    }

    static boolean wanted(Environment env) {
        String url = env.getProperty("spring.datasource.url");
        return (url == null || url.isBlank()) && env.getProperty(PREFIX + "enabled", Boolean.class, true);
    }
}
