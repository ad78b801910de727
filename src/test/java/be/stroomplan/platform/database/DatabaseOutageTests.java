package be.stroomplan.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.ServletException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Which failures mean ‘the database cannot be reached’ (503), and which do not (their own answers). */
class DatabaseOutageTests {

    @Test
    void aPoolThatCannotGetAConnectionIsAnOutage() {
        var timeout = new SQLTransientConnectionException("stroomplan - Connection is not available, request timed out after 3000ms");
        assertThat(DatabaseOutage.explains(new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection", timeout))).isTrue();
        assertThat(DatabaseOutage.explains(new CannotCreateTransactionException("Could not open JDBC Connection", timeout))).isTrue();
        assertThat(DatabaseOutage.explains(timeout)).isTrue();
    }

    @Test
    void anOutageIsFoundBehindTheWrappersOfTheFiltersAndTheSecurityChain() {
        var refused = new SQLException("Connection to localhost:5432 refused", "08001");
        var wrapped = new ServletException("Request processing failed",
                new InternalAuthenticationServiceException("lookup failed", new UncategorizedSQLException("load user", "select", refused)));
        assertThat(DatabaseOutage.explains(wrapped)).isTrue();
    }

    @Test
    void aServerShuttingDownOrStartingIsAnOutage() {
        for (String state : new String[] { "57P01", "57P02", "57P03", "08006", "08003" }) {
            assertThat(DatabaseOutage.explains(new UncategorizedSQLException("x", "select 1", new SQLException("gone", state))))
                    .as(state).isTrue();
        }
    }

    @Test
    void otherFailuresAreNotOutages() {
        assertThat(DatabaseOutage.explains(new DataIntegrityViolationException("duplicate key"))).isFalse();
        assertThat(DatabaseOutage.explains(new OptimisticLockingFailureException("stale"))).isFalse();
        assertThat(DatabaseOutage.explains(new BadSqlGrammarException("x", "select nope", new SQLException("syntax", "42601")))).isFalse();
        assertThat(DatabaseOutage.explains(new UncategorizedSQLException("x", "select", new SQLException("division by zero", "22012")))).isFalse();
        assertThat(DatabaseOutage.explains(new IllegalStateException("no"))).isFalse();
        assertThat(DatabaseOutage.explains(null)).isFalse();
    }
}
