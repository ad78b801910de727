package be.stroomplan.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import be.stroomplan.platform.Actor;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** The chain lives in monthly partitions, a year ahead, each as protected as the whole. */
@AuditIntegrationTest
class AuditPartitionIntegrationTests {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy_MM");

    @Autowired
    AuditTrail trail;
    @Autowired
    AuditVerifier verifier;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Environment env;

    @Test
    void thisMonthAndTheNextTwelveHaveAPartitionAndNewRowsLandInThisMonths() {
        LocalDate month = LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1);
        for (int ahead = 0; ahead <= 12; ahead++) {
            String name = "audit_event_" + month.plusMonths(ahead).format(MONTH);
            assertThat(jdbc.sql("SELECT to_regclass(?) IS NOT NULL").param(name).query(Boolean.class).single())
                    .as(name).isTrue();
        }
        String id = UUID.randomUUID().toString();
        trail.record(AuditRecord.of(AuditAction.READ).object("SUBJECT", id).actor(new Actor("kali.pza", "PZ_ANTWERPEN", null)).build());
        trail.flush();
        String partition = jdbc.sql("SELECT tableoid::regclass::text FROM audit_event WHERE object_id = ?").param(id)
                .query(String.class).single();
        assertThat(partition).isEqualTo("audit_event_" + month.format(MONTH));
        assertThat(verifier.verify().valid()).isTrue();
    }

    @Test
    void theApplicationCannotReachAPartitionDirectlyAndNobodyTruncatesOne() throws SQLException {
        String partition = "audit_event_" + LocalDate.now(ZoneOffset.UTC).format(MONTH);
        assertThatThrownBy(() -> jdbc.sql("SELECT count(*) FROM " + partition).query(Long.class).single())
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_event_default").update())
                .rootCause().hasMessageContaining("permission denied");
        try (Connection owner = AuditTestConfiguration.ownerConnection(env); Statement statement = owner.createStatement()) {
            owner.setAutoCommit(false);
            try {
                assertThatThrownBy(() -> statement.execute("TRUNCATE " + partition)).hasMessageContaining("append-only");
            } finally {
                owner.rollback();
            }
            try {
                assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM " + partition)).hasMessageContaining("append-only");
            } finally {
                owner.rollback();
            }
        }
    }

    @Test
    void aMonthWhoseRowsAreAlreadyInTheDefaultPartitionIsLeftThere() throws SQLException {
        try (Connection owner = AuditTestConfiguration.ownerConnection(env); Statement statement = owner.createStatement()) {
            owner.setAutoCommit(false);
            try {
                statement.executeUpdate("INSERT INTO audit_event (sequence, recorded_at, actor_user, action, outcome, prev_hash, hash)"
                        + " VALUES (999999999, '2099-03-15T12:00:00Z', 'x', 'READ', 'SUCCESS', 'x', 'x')");
                JdbcClient client = JdbcClient.create(new SingleConnectionDataSource(owner, true));
                assertThat(client.sql("SELECT tableoid::regclass::text FROM audit_event WHERE sequence = 999999999")
                        .query(String.class).single()).isEqualTo("audit_event_default");
                assertThat(client.sql("SELECT audit_event_ensure_partition(DATE '2099-03-01')")
                        .query((rs, row) -> rs.getString(1)).list()).containsExactly((String) null);
                assertThat(client.sql("SELECT audit_event_ensure_partition(DATE '2099-04-01')")
                        .query((rs, row) -> rs.getString(1)).single()).isEqualTo("audit_event_2099_04");
            } finally {
                owner.rollback();
            }
        }
    }
}
