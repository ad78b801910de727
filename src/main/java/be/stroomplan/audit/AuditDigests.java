package be.stroomplan.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import be.stroomplan.audit.internal.AuditHash;
import be.stroomplan.audit.internal.DigestSigner;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signed digests of the audit chain (the "anchor" that {@link VerificationResult#lastHash()}
 * asks for): once a day the platform signs where the chain stands, so that a later rewrite of
 * the chain, even one that recomputes every hash, no longer matches a digest that an outside
 * party holds. See {@link AuditDigest} for what a digest states.
 * <p>
 * Sealing takes its own advisory lock, so nodes never sign two digests for the same stretch of
 * the chain; the previous digest is read inside that lock.
 */
@Service
public class AuditDigests {

    /** "STRMDGST": serialises digest sealing across nodes. */
    private static final long LOCK_KEY = 0x53_54_52_4D_44_47_53_54L;
    private static final String FORMAT = "stroomplan-audit-digest-v1";
    private static final String COLUMNS = "id, day, first_sequence, last_sequence, event_count, head_hash,"
            + " previous_digest_hash, created_at, payload, signature, key_id";

    private final JdbcClient jdbc;
    private final AuditTrail trail;
    private final DigestSigner signer;
    private final TransactionTemplate transaction;

    AuditDigests(JdbcClient jdbc, AuditTrail trail, DigestSigner signer, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.trail = trail;
        this.signer = signer;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /** Seals what is pending, then signs a digest of the chain as it stands, labelled with {@code day}. */
    public AuditDigest seal(LocalDate day) {
        trail.flush();
        return transaction.execute(status -> {
            lock();
            return insert(day);
        });
    }

    /**
     * The daily run: signs a digest for {@code day} unless one for that day or a later one exists.
     * After downtime one digest covers every day missed.
     */
    public Optional<AuditDigest> sealIfDue(LocalDate day) {
        trail.flush();
        return transaction.execute(status -> {
            lock();
            boolean done = jdbc.sql("SELECT EXISTS (SELECT 1 FROM audit_digest WHERE day >= ?)").param(day)
                    .query(Boolean.class).single();
            return done ? Optional.<AuditDigest>empty() : Optional.of(insert(day));
        });
    }

    /** The digests of the days from {@code from} to {@code to}, both inclusive, oldest first. */
    public List<AuditDigest> list(LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_digest WHERE day BETWEEN ? AND ? ORDER BY id")
                .params(from, to).query(AuditDigests::map).list();
    }

    /** The public keyset (Tink JSON) that verifies the signatures. */
    public String publicKeyset() {
        return signer.publicKeyset();
    }

    /**
     * Checks every digest, oldest first: its signature, that its fields are those it signed, that
     * it links to its predecessor and follows on its range, and that the chain row at its last
     * sequence still has the hash it signed. Stops at the first digest that does not hold.
     */
    public DigestVerification verify() {
        return verify(jdbc);
    }

    /** {@link #verify()} as seen through {@code client}: its connection, its transaction (for tests that tamper). */
    public DigestVerification verify(JdbcClient client) {
        List<AuditDigest> digests = client.sql("SELECT " + COLUMNS + " FROM audit_digest ORDER BY id")
                .query(AuditDigests::map).list();
        AuditDigest previous = null;
        long checked = 0;
        for (AuditDigest digest : digests) {
            String reason = problem(client, digest, previous);
            if (reason != null) {
                return DigestVerification.broken(digest.id(), checked, reason);
            }
            previous = digest;
            checked++;
        }
        return DigestVerification.valid(checked);
    }

    private String problem(JdbcClient client, AuditDigest digest, AuditDigest previous) {
        if (!signer.verify(digest.payload(), digest.signature())) {
            return DigestVerification.SIGNATURE_INVALID;
        }
        if (!payload(digest).equals(digest.payload())) {
            return DigestVerification.PAYLOAD_MISMATCH;
        }
        String expectedPrevious = previous == null ? null : sha256(previous.payload());
        long expectedFirst = previous == null ? 1 : previous.lastSequence() + 1;
        if (!Objects.equals(expectedPrevious, digest.previousDigestHash()) || digest.firstSequence() != expectedFirst
                || digest.id() != (previous == null ? 1 : previous.id() + 1)) {
            return DigestVerification.PREVIOUS_DIGEST_MISMATCH;
        }
        if (!digest.headHash().equals(hashAt(client, digest.lastSequence()).orElse(null))) {
            return DigestVerification.HEAD_HASH_MISMATCH;
        }
        return null;
    }

    private void lock() {
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(LOCK_KEY).query((rs, row) -> 1).list();
    }

    private AuditDigest insert(LocalDate day) {
        Optional<AuditDigest> previous = jdbc.sql("SELECT " + COLUMNS + " FROM audit_digest ORDER BY id DESC LIMIT 1")
                .query(AuditDigests::map).optional();
        long first = previous.map(p -> p.lastSequence() + 1).orElse(1L);
        long last = jdbc.sql("SELECT coalesce(max(sequence), 0) FROM audit_event").query(Long.class).single();
        String head = hashAt(jdbc, last).orElseThrow(() -> new IllegalStateException("no audit row at sequence " + last));
        AuditDigest unsigned = new AuditDigest(previous.map(p -> p.id() + 1).orElse(1L), day, first, last,
                last - first + 1, head, previous.map(p -> sha256(p.payload())).orElse(null),
                Instant.now().truncatedTo(ChronoUnit.MICROS), null, null, signer.keyId());
        String payload = payload(unsigned);
        AuditDigest digest = new AuditDigest(unsigned.id(), day, first, last, unsigned.eventCount(), head,
                unsigned.previousDigestHash(), unsigned.createdAt(), payload, signer.sign(payload), unsigned.keyId());
        jdbc.sql("INSERT INTO audit_digest (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(digest.id(), digest.day(), digest.firstSequence(), digest.lastSequence(), digest.eventCount(),
                        digest.headHash(), digest.previousDigestHash(), Timestamp.from(digest.createdAt()),
                        digest.payload(), digest.signature(), digest.keyId())
                .update();
        return digest;
    }

    private static Optional<String> hashAt(JdbcClient client, long sequence) {
        if (sequence == 0) {
            return Optional.of(AuditHash.GENESIS);
        }
        return client.sql("SELECT hash FROM audit_event WHERE sequence = ?").param(sequence).query(String.class).optional();
    }

    /** The signed text: every field in a fixed order, no white space; values need no escaping. */
    static String payload(AuditDigest d) {
        return "{\"format\":\"" + FORMAT + "\",\"id\":" + d.id() + ",\"day\":\"" + d.day()
                + "\",\"firstSequence\":" + d.firstSequence() + ",\"lastSequence\":" + d.lastSequence()
                + ",\"eventCount\":" + d.eventCount() + ",\"headHash\":\"" + d.headHash()
                + "\",\"previousDigestHash\":" + (d.previousDigestHash() == null ? "null" : "\"" + d.previousDigestHash() + "\"")
                + ",\"createdAt\":\"" + d.createdAt() + "\",\"keyId\":" + d.keyId() + "}";
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AuditDigest map(ResultSet rs, int row) throws SQLException {
        return new AuditDigest(rs.getLong("id"), rs.getObject("day", LocalDate.class), rs.getLong("first_sequence"),
                rs.getLong("last_sequence"), rs.getLong("event_count"), rs.getString("head_hash"),
                rs.getString("previous_digest_hash"), rs.getTimestamp("created_at").toInstant(), rs.getString("payload"),
                rs.getString("signature"), rs.getLong("key_id"));
    }
}
