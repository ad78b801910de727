package be.stroomplan.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import be.stroomplan.audit.internal.AuditEntry;
import be.stroomplan.audit.internal.AuditHash;
import be.stroomplan.platform.Actor;

/**
 * Tampering with the chain, as the schema owner (trigger disabled) or as the superuser
 * (triggers bypassed), is reported at the exact sequence. Every tampering happens inside a
 * transaction that is rolled back, and the verifier walks the chain on that same connection, so
 * the shared database stays intact for the other tests.
 */
@AuditIntegrationTest
class AuditTamperIntegrationTests {

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditVerifier verifier;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Environment env;

    long target;
    long last;

    @BeforeEach
    void writeSomeRows() {
        String id = UUID.randomUUID().toString();
        for (int i = 0; i < 5; i++) {
            trail.record(AuditRecord.of(AuditAction.READ)
                    .object("SUBJECT", id)
                    .compartment("dossier-1")
                    .purpose("KALI_ONDERZOEK")
                    .recipients(i % 2 == 0 ? new String[] { "STAD_ANTWERPEN" } : new String[0])
                    .details(i % 2 == 0 ? "row " + i : null)
                    .actor(new Actor("kali.pza", "PZ_ANTWERPEN", null))
                    .build());
        }
        trail.flush();
        List<Long> sequences = jdbc.queryForList("SELECT sequence FROM audit_event WHERE object_id = ? ORDER BY sequence",
                Long.class, id);
        assertThat(sequences).hasSize(5);
        target = sequences.get(2); // details "row 2", recipients {STAD_ANTWERPEN}, no client address
        last = sequences.get(4);
        assertThat(verifier.verify().valid()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            recorded_at = recorded_at + interval '1 microsecond'          | hash mismatch
            actor_user = 'kali.fgp'                                       | hash mismatch
            actor_organisation = 'FGP_ANTWERPEN'                          | hash mismatch
            actor_organisation = NULL                                     | hash mismatch
            action = 'SEARCH'                                             | hash mismatch
            object_type = 'DOSSIER'                                       | hash mismatch
            object_id = 'someone-else'                                    | hash mismatch
            compartment = 'dossier-2'                                     | hash mismatch
            purpose = 'COAC_CONTROLE'                                     | hash mismatch
            legal_basis = 'art. 9bis'                                     | hash mismatch
            recipients = '{STAD_ANTWERPEN,DOUANE}'                        | hash mismatch
            recipients = NULL                                             | hash mismatch
            outcome = 'DENIED'                                            | hash mismatch
            client_address = ''                                           | hash mismatch
            details = 'row 2 '                                            | hash mismatch
            hash = repeat('0', 64)                                        | hash mismatch
            prev_hash = repeat('0', 64)                                   | prev hash mismatch
            sequence = sequence + 1000000000                              | missing row
            """)
    void editingAnyColumnAsOwnerIsReportedAtThatSequence(String assignment, String reason) throws SQLException {
        try (Connection owner = AuditTestConfiguration.ownerConnection(env)) {
            owner.setAutoCommit(false);
            try (Statement statement = owner.createStatement()) {
                statement.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only");
                assertThat(statement.executeUpdate("UPDATE audit_event SET " + assignment + " WHERE sequence = " + target))
                        .isEqualTo(1);
                VerificationResult result = verifyOn(owner);
                assertThat(result.valid()).isFalse();
                assertThat(result.firstBrokenSequence()).isEqualTo(target);
                assertThat(result.reason()).isEqualTo(reason);
                assertThat(result.checked()).isEqualTo(target - 1);
            } finally {
                owner.rollback();
            }
        }
        assertThat(verifier.verify().valid()).isTrue();
    }

    @Test
    void rewritingARowWithARecomputedHashBreaksTheNextLink() throws SQLException {
        try (Connection owner = AuditTestConfiguration.ownerConnection(env)) {
            owner.setAutoCommit(false);
            try (Statement statement = owner.createStatement()) {
                statement.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only");
                statement.executeUpdate("UPDATE audit_event SET details = 'nothing to see' WHERE sequence = " + target);
                // a forger who knows the algorithm recomputes the edited row's hash...
                AuditEntry edited = jdbcClient(owner).sql("SELECT " + AuditEntry.COLUMNS
                        + " FROM audit_event WHERE sequence = ?").param(target).query(AuditEntry.MAPPER).single();
                statement.executeUpdate("UPDATE audit_event SET hash = '" + AuditHash.compute(edited.prevHash(), edited)
                        + "' WHERE sequence = " + target);
                // ...and still breaks the link to the next row
                VerificationResult result = verifyOn(owner);
                assertThat(result.firstBrokenSequence()).isEqualTo(target + 1);
                assertThat(result.reason()).isEqualTo("prev hash mismatch");
            } finally {
                owner.rollback();
            }
        }
    }

    @Test
    void deletingARowIsReportedAsMissingAtThatSequence() throws SQLException {
        try (Connection owner = AuditTestConfiguration.ownerConnection(env)) {
            owner.setAutoCommit(false);
            try (Statement statement = owner.createStatement()) {
                statement.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only");
                assertThat(statement.executeUpdate("DELETE FROM audit_event WHERE sequence = " + target)).isEqualTo(1);
                VerificationResult result = verifyOn(owner);
                assertThat(result.valid()).isFalse();
                assertThat(result.firstBrokenSequence()).isEqualTo(target);
                assertThat(result.reason()).isEqualTo("missing row");
            } finally {
                owner.rollback();
            }
        }
    }

    @Test
    void editingAsSuperuserWithTriggersBypassedIsReported() throws SQLException {
        try (Connection superuser = AuditTestConfiguration.superuserConnection(env)) {
            superuser.setAutoCommit(false);
            try (Statement statement = superuser.createStatement()) {
                statement.execute("SET LOCAL session_replication_role = replica");
                statement.executeUpdate("UPDATE audit_event SET actor_user = 'nobody' WHERE sequence = " + target);
                VerificationResult result = verifyOn(superuser);
                assertThat(result.firstBrokenSequence()).isEqualTo(target);
                assertThat(result.reason()).isEqualTo("hash mismatch");
            } finally {
                superuser.rollback();
            }
        }
    }

    @Test
    void forgedRowsAreReportedAtTheirSequence() throws SQLException {
        try (Connection owner = AuditTestConfiguration.ownerConnection(env)) {
            owner.setAutoCommit(false);
            try (Statement statement = owner.createStatement()) {
                statement.execute("LOCK TABLE audit_event IN EXCLUSIVE MODE"); // no sealing meanwhile
                long tail = jdbcClient(owner).sql("SELECT max(sequence) FROM audit_event").query(Long.class).single();
                String tailHash = jdbcClient(owner).sql("SELECT hash FROM audit_event WHERE sequence = ?").param(tail)
                        .query(String.class).single();
                // correct sequence and previous hash, but a hash that does not match the content
                statement.executeUpdate("INSERT INTO audit_event (sequence, recorded_at, actor_user, action, outcome,"
                        + " prev_hash, hash) VALUES (" + (tail + 1) + ", now(), 'forger', 'READ', 'SUCCESS', '"
                        + tailHash + "', repeat('b', 64))");
                VerificationResult result = verifyOn(owner);
                assertThat(result.firstBrokenSequence()).isEqualTo(tail + 1);
                assertThat(result.reason()).isEqualTo("hash mismatch");
                assertThat(result.checked()).isEqualTo(tail);
            } finally {
                owner.rollback();
            }
        }
    }

    @Test
    void forgedRowAfterAGapIsReportedAtTheGap() throws SQLException {
        try (Connection owner = AuditTestConfiguration.ownerConnection(env)) {
            owner.setAutoCommit(false);
            try (Statement statement = owner.createStatement()) {
                statement.execute("LOCK TABLE audit_event IN EXCLUSIVE MODE");
                long tail = jdbcClient(owner).sql("SELECT max(sequence) FROM audit_event").query(Long.class).single();
                statement.executeUpdate("INSERT INTO audit_event (sequence, recorded_at, actor_user, action, outcome,"
                        + " prev_hash, hash) VALUES (" + (tail + 5) + ", now(), 'forger', 'READ', 'SUCCESS', 'x', 'y')");
                VerificationResult result = verifyOn(owner);
                assertThat(result.firstBrokenSequence()).isEqualTo(tail + 1);
                assertThat(result.reason()).isEqualTo("missing row");
            } finally {
                owner.rollback();
            }
        }
    }

    @Test
    void triggersRefuseUpdateDeleteAndTruncateEvenForTheOwner() throws SQLException {
        try (Connection owner = AuditTestConfiguration.ownerConnection(env);
             Statement statement = owner.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE audit_event SET details = 'x' WHERE sequence = " + target))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.executeUpdate("DELETE FROM audit_event WHERE sequence = " + target))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.execute("TRUNCATE audit_event"))
                    .hasMessageContaining("append-only");
            assertThatThrownBy(() -> statement.execute("TRUNCATE audit_pending"))
                    .hasMessageContaining("append-only");
        }
        try (Connection owner = AuditTestConfiguration.ownerConnection(env)) {
            owner.setAutoCommit(false);
            try (Statement statement = owner.createStatement()) {
                statement.executeUpdate("INSERT INTO audit_pending (actor_user, action, outcome, object_id)"
                        + " VALUES ('u', 'READ', 'SUCCESS', 'owner-pending')");
                assertThatThrownBy(() -> statement.executeUpdate(
                        "UPDATE audit_pending SET actor_user = 'v' WHERE object_id = 'owner-pending'"))
                        .hasMessageContaining("append-only");
            } finally {
                owner.rollback();
            }
            try (Statement statement = owner.createStatement()) {
                statement.executeUpdate("INSERT INTO audit_pending (actor_user, action, outcome, object_id)"
                        + " VALUES ('u', 'READ', 'SUCCESS', 'owner-pending')");
                assertThatThrownBy(() -> statement.executeUpdate(
                        "DELETE FROM audit_pending WHERE object_id = 'owner-pending'"))
                        .hasMessageContaining("has not been sealed");
            } finally {
                owner.rollback();
            }
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE sequence = ?", Long.class, target))
                .isOne();
    }

    @Test
    void theApplicationRoleMayOnlyReadAndAppend() {
        assertThat(jdbc.queryForObject("SELECT current_user", String.class))
                .isEqualTo(env.getProperty("spring.datasource.username"));
        assertThatThrownBy(() -> jdbc.update("UPDATE audit_event SET details = 'x' WHERE sequence = ?", target))
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_event WHERE sequence = ?", target))
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.execute("TRUNCATE audit_event"))
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.update("UPDATE audit_pending SET details = 'x' WHERE id = -1"))
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.execute("TRUNCATE audit_pending"))
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only"))
                .rootCause().hasMessageContaining("must be owner");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE sequence = ?", Long.class, target))
                .isOne();
    }

    private VerificationResult verifyOn(Connection connection) {
        return verifier.verify(jdbcClient(connection));
    }

    private static JdbcClient jdbcClient(Connection connection) {
        return JdbcClient.create(new SingleConnectionDataSource(connection, true));
    }
}
