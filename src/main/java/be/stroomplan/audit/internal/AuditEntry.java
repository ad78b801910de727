package be.stroomplan.audit.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.RowMapper;

/**
 * One sealed row of the chain, as stored in {@code audit_event} and as shown to the DPO. Action
 * and outcome are kept as stored text, so that a tampered value is still shown and verified.
 */
public record AuditEntry(long sequence, Instant recordedAt, String actorUser, String actorOrganisation,
        String action, String objectType, String objectId, String compartment, String purpose, String legalBasis,
        List<String> recipients, String outcome, String clientAddress, String details, String prevHash,
        String hash) {

    public static final String COLUMNS = "sequence, recorded_at, actor_user, actor_organisation, action, object_type,"
            + " object_id, compartment, purpose, legal_basis, recipients, outcome, client_address, details,"
            + " prev_hash, hash";

    public static final RowMapper<AuditEntry> MAPPER = (rs, rowNum) -> new AuditEntry(
            rs.getLong("sequence"),
            instant(rs, "recorded_at"),
            rs.getString("actor_user"),
            rs.getString("actor_organisation"),
            rs.getString("action"),
            rs.getString("object_type"),
            rs.getString("object_id"),
            rs.getString("compartment"),
            rs.getString("purpose"),
            rs.getString("legal_basis"),
            textArray(rs, "recipients"),
            rs.getString("outcome"),
            rs.getString("client_address"),
            rs.getString("details"),
            rs.getString("prev_hash"),
            rs.getString("hash"));

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** A text[] column as a list; {@code null} stays {@code null} (it hashes differently from empty). */
    static List<String> textArray(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        if (array == null) {
            return null;
        }
        try {
            return Arrays.asList((String[]) array.getArray());
        } finally {
            array.free();
        }
    }
}
