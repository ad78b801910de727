package be.stroomplan.audit.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * The chain's hash: {@code hash = hex(SHA-256(prevHash || canonical(row)))}, where
 * {@code prevHash} is the previous row's hash as 64 lower-case hex characters (64 zeros before the
 * first row) and {@code canonical(row)} is an unambiguous byte encoding of every stored column but
 * the hashes:
 * <ul>
 * <li>a version tag {@code stroomplan-audit-v1}, then the fields in this order: sequence,
 * recorded_at (microseconds since the epoch, UTC), actor_user, actor_organisation, action,
 * object_type, object_id, compartment, purpose, legal_basis, recipients, outcome,
 * client_address, details;</li>
 * <li>a text or number is written as its UTF-8 byte length in decimal, a colon, and its UTF-8
 * bytes ({@code 5:hello}); a SQL {@code NULL} as a single {@code ~} (so {@code NULL} and the
 * empty string differ);</li>
 * <li>the recipients array as {@code [}, its element count, {@code :}, each element encoded as
 * above, {@code ]}; a {@code NULL} array as {@code ~}.</li>
 * </ul>
 * Because every field carries its length, no two different rows share an encoding. The format is
 * public so that anyone can re-verify an export of the chain without this code.
 */
public final class AuditHash {

    /** The previous hash of the first row. */
    public static final String GENESIS = "0".repeat(64);

    private static final byte[] TAG = "stroomplan-audit-v1".getBytes(StandardCharsets.US_ASCII);
    private static final HexFormat HEX = HexFormat.of();

    private AuditHash() {
    }

    /** The hash of {@code entry} chained to {@code prevHash}; {@code entry}'s own hash fields are ignored. */
    public static String compute(String prevHash, AuditEntry entry) {
        MessageDigest digest = sha256();
        digest.update(prevHash.getBytes(StandardCharsets.UTF_8));
        digest.update(canonical(entry));
        return HEX.formatHex(digest.digest());
    }

    static byte[] canonical(AuditEntry e) {
        Encoder out = new Encoder();
        out.raw(TAG);
        out.text(Long.toString(e.sequence()));
        out.text(e.recordedAt() == null ? null : Long.toString(epochMicros(e.recordedAt())));
        out.text(e.actorUser());
        out.text(e.actorOrganisation());
        out.text(e.action());
        out.text(e.objectType());
        out.text(e.objectId());
        out.text(e.compartment());
        out.text(e.purpose());
        out.text(e.legalBasis());
        out.list(e.recipients());
        out.text(e.outcome());
        out.text(e.clientAddress());
        out.text(e.details());
        return out.bytes();
    }

    static long epochMicros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    private static final class Encoder {

        private final ByteArrayOutputStream out = new ByteArrayOutputStream(256);

        void raw(byte[] bytes) {
            out.writeBytes(bytes);
        }

        void text(String value) {
            if (value == null) {
                out.write('~');
                return;
            }
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            out.writeBytes(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
            out.write(':');
            out.writeBytes(bytes);
        }

        void list(List<String> values) {
            if (values == null) {
                out.write('~');
                return;
            }
            out.write('[');
            out.writeBytes(Integer.toString(values.size()).getBytes(StandardCharsets.US_ASCII));
            out.write(':');
            values.forEach(this::text);
            out.write(']');
        }

        byte[] bytes() {
            return out.toByteArray();
        }
    }
}
