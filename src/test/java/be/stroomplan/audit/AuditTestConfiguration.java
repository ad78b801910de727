package be.stroomplan.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.springframework.core.env.Environment;

/** Connections as the schema owner and as the superuser of the embedded server, for tamper tests. */
public final class AuditTestConfiguration {

    private AuditTestConfiguration() {
    }


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
