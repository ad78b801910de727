package be.stroomplan.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * Turns on method security (the platform's security configuration will do so for the
 * application; enabling it twice is harmless) and gives tests connections as the schema owner
 * and as the superuser of the embedded server.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableMethodSecurity
public class AuditTestConfiguration {

    /** A new connection to the application's database as the migration (owner) role. */
    public static Connection ownerConnection(Environment env) throws SQLException {
        return DriverManager.getConnection(env.getRequiredProperty("spring.flyway.url"),
                env.getRequiredProperty("spring.flyway.user"), env.getProperty("spring.flyway.password", ""));
    }

    /** A new connection to the application's database as the embedded server's superuser. */
    public static Connection superuserConnection(Environment env) throws SQLException {
        return DriverManager.getConnection(env.getRequiredProperty("spring.flyway.url"), "postgres", "");
    }
}
