package be.stroomplan.platform.database;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the embedded PostgreSQL when no {@code spring.datasource.url} is configured, and points
 * the data source (application role) and Flyway (owner role) at it. Demo data is switched on by
 * default here, and only here.
 */
public class EmbeddedDatabaseEnvironment implements EnvironmentPostProcessor, Ordered {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!EmbeddedDatabaseSettings.wanted(environment)) {
            return;
        }
        EmbeddedDatabaseServer server = EmbeddedDatabaseServer.obtain(EmbeddedDatabaseSettings.from(environment));
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", server.jdbcUrl());
        properties.put("spring.datasource.username", EmbeddedDatabaseServer.APP_ROLE);
        properties.put("spring.datasource.password", "");
        properties.put("spring.flyway.url", server.jdbcUrl());
        properties.put("spring.flyway.user", EmbeddedDatabaseServer.OWNER_ROLE);
        properties.put("spring.flyway.password", "");
        properties.put("stroomplan.database.embedded.active", "true");
        environment.getPropertySources().addFirst(new MapPropertySource("embeddedPostgres", properties));
        environment.getPropertySources().addLast(new MapPropertySource("embeddedPostgresDefaults",
                Map.of("stroomplan.demo-data.enabled", "true")));
    }

    @Override
    public int getOrder() {
        // after the config files have been read
        return Ordered.LOWEST_PRECEDENCE;
    }
}
