package be.stroomplan.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Base64;
import java.util.UUID;

import be.stroomplan.audit.internal.AuditEntry;
import be.stroomplan.audit.internal.AuditHash;
import be.stroomplan.platform.Actor;
import be.stroomplan.support.Http;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.PublicKeyVerify;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.signature.SignatureConfig;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import tools.jackson.databind.JsonNode;

/**
 * Signed digests: an outside party with the export and the public keyset verifies them on its
 * own; a rewrite of the chain that recomputes every hash, a forged digest and a removed digest
 * are all detected. Tampering happens in transactions that are rolled back.
 */
@AuditIntegrationTest
class AuditDigestIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    AuditTrail trail;
    @Autowired
    AuditDigests digests;
    @Autowired
    AuditVerifier verifier;
    @Autowired
    Environment env;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anOutsiderVerifiesTheExportedDigestsWithThePublicKeysetAlone() throws GeneralSecurityException {
        writeRows(3);
        AuditDigest digest = digests.seal(LocalDate.of(2026, 11, 27));
        Http http = new Http(port);

        JsonNode exported = http.get("/api/v1/audit/digests?from=2026-11-27&to=2026-11-27", "dpo", "demo").json();
        JsonNode mine = null;
        for (JsonNode candidate : exported) {
            if (candidate.path("id").asLong() == digest.id()) {
                mine = candidate;
            }
        }
        assertThat(mine).as("the digest is in the export").isNotNull();
        String keyset = http.get("/api/v1/audit/digests/public-keyset", "dpo", "demo").body();
        assertThat(keyset).doesNotContain("privateKey").contains("Ed25519");

        SignatureConfig.register();
        PublicKeyVerify verify = TinkJsonProtoKeysetFormat.parseKeysetWithoutSecret(keyset)
                .getPrimitive(RegistryConfiguration.get(), PublicKeyVerify.class);
        byte[] payload = mine.path("payload").asString().getBytes(StandardCharsets.UTF_8);
        verify.verify(Base64.getDecoder().decode(mine.path("signature").asString()), payload); // throws if invalid
        assertThat(mine.path("payload").asString()).contains("\"headHash\":\"" + digest.headHash() + "\"");

        String chainHead = http.get("/api/v1/audit/verify", "dpo", "demo").json().path("lastHash").asString();
        assertThat(chainHead).isNotBlank();
        assertThat(http.get("/api/v1/audit/digests/verify", "dpo", "demo").json().path("valid").asBoolean()).isTrue();
    }

    @Test
    void digestsLinkAndCoverTheChainWithoutGaps() {
        AuditDigest first = digests.seal(LocalDate.of(2026, 11, 26));
        writeRows(4);
        AuditDigest second = digests.seal(LocalDate.of(2026, 11, 27));
        assertThat(second.id()).isEqualTo(first.id() + 1);
        assertThat(second.firstSequence()).isEqualTo(first.lastSequence() + 1);
        assertThat(second.eventCount()).isGreaterThanOrEqualTo(4);
        assertThat(second.previousDigestHash()).isEqualTo(AuditDigests.sha256(first.payload()));
        assertThat(digests.verify().valid()).isTrue();
    }

    @Test
    void onlyTheDpoGetsTheDigests() {
        Http http = new Http(port);
        assertThat(http.get("/api/v1/audit/digests", "admin", "demo").status()).isEqualTo(403);
        assertThat(http.get("/api/v1/audit/digests/verify", "kali.fgp", "demo").status()).isEqualTo(403);
        assertThat(http.get("/api/v1/audit/digests?from=2026-12-01&to=2026-11-01", "dpo", "demo").status()).isEqualTo(400);
        assertThat(http.get("/api/v1/audit/digests?from=yesterday", "dpo", "demo").status()).isEqualTo(400);
    }

    @Test
    void aRewrittenChainWithEveryHashRecomputedStillFailsTheDigest() throws SQLException {
        long target = writeRows(3);
        digests.seal(LocalDate.of(2026, 11, 27));
        try (Connection owner = AuditTestConfiguration.ownerConnection(env)) {
            owner.setAutoCommit(false);
            try (Statement statement = owner.createStatement()) {
                statement.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only");
                statement.executeUpdate("UPDATE audit_event SET details = 'nothing to see' WHERE sequence = " + target);
                JdbcClient client = client(owner);
                long last = client.sql("SELECT max(sequence) FROM audit_event").query(Long.class).single();
                String previous = client.sql("SELECT prev_hash FROM audit_event WHERE sequence = ?").param(target)
                        .query(String.class).single();
                for (long sequence = target; sequence <= last; sequence++) { // the forger recomputes the rest
                    statement.executeUpdate("UPDATE audit_event SET prev_hash = '" + previous + "' WHERE sequence = " + sequence);
                    AuditEntry row = client.sql("SELECT " + AuditEntry.COLUMNS + " FROM audit_event WHERE sequence = ?")
                            .param(sequence).query(AuditEntry.MAPPER).single();
                    previous = AuditHash.compute(previous, row);
                    statement.executeUpdate("UPDATE audit_event SET hash = '" + previous + "' WHERE sequence = " + sequence);
                }
                assertThat(verifier.verify(client).valid()).as("the chain alone no longer shows it").isTrue();
                DigestVerification result = digests.verify(client);
                assertThat(result.valid()).isFalse();
                assertThat(result.reason()).isEqualTo(DigestVerification.HEAD_HASH_MISMATCH);
            } finally {
                owner.rollback();
            }
        }
        assertThat(digests.verify().valid()).isTrue();
    }

    @Test
    void aForgedOrRemovedDigestIsDetected() throws SQLException {
        digests.seal(LocalDate.of(2026, 11, 25));
        AuditDigest latest = digests.seal(LocalDate.of(2026, 11, 26));
        try (Connection superuser = AuditTestConfiguration.superuserConnection(env)) {
            superuser.setAutoCommit(false);
            try (Statement statement = superuser.createStatement()) {
                statement.execute("SET LOCAL session_replication_role = replica");
                statement.executeUpdate("UPDATE audit_digest SET payload = replace(payload, '\"eventCount\":', '\"eventCount\":1')"
                        + " WHERE id = " + latest.id());
                DigestVerification forged = digests.verify(client(superuser));
                assertThat(forged.firstBrokenDigest()).isEqualTo(latest.id());
                assertThat(forged.reason()).isEqualTo(DigestVerification.SIGNATURE_INVALID);
            } finally {
                superuser.rollback();
            }
            try (Statement statement = superuser.createStatement()) {
                statement.execute("SET LOCAL session_replication_role = replica");
                statement.executeUpdate("DELETE FROM audit_digest WHERE id = " + (latest.id() - 1));
                DigestVerification removed = digests.verify(client(superuser));
                assertThat(removed.firstBrokenDigest()).isEqualTo(latest.id());
                assertThat(removed.reason()).isEqualTo(DigestVerification.PREVIOUS_DIGEST_MISMATCH);
            } finally {
                superuser.rollback();
            }
        }
    }

    @Test
    void digestsAreAppendOnlyForTheApplication() {
        AuditDigest digest = digests.seal(LocalDate.of(2026, 11, 27));
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_digest WHERE id = ?")
                .param(digest.id()).update()).hasStackTraceContaining("permission denied for table audit_digest");
        assertThat(digests.verify().valid()).isTrue();
    }

    private long writeRows(int count) {
        String id = UUID.randomUUID().toString();
        for (int i = 0; i < count; i++) {
            trail.record(AuditRecord.of(AuditAction.READ).object("SUBJECT", id).purpose("KALI_ONDERZOEK")
                    .actor(new Actor("kali.pza", "PZ_ANTWERPEN", null)).build());
        }
        trail.flush();
        return jdbc.sql("SELECT min(sequence) FROM audit_event WHERE object_id = ?").param(id).query(Long.class).single();
    }

    private static JdbcClient client(Connection connection) {
        return JdbcClient.create(new SingleConnectionDataSource(connection, true));
    }
}
