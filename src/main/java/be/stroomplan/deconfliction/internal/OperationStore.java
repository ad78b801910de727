package be.stroomplan.deconfliction.internal;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import be.stroomplan.deconfliction.OperationKind;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Planned operations, their hashed targets, and the clashes as each side sees them. */
@Repository
class OperationStore {

    record Operation(UUID reference, OperationKind kind, String coordinator, Instant from, Instant to, UUID dossier) {
    }

    record Target(byte[] hash, int keyVersion) {
    }

    record Clash(UUID id, UUID reference, String coordinator, UUID otherReference, OperationKind otherKind,
                 String otherCoordinator, Instant overlapFrom, Instant overlapTo, Instant detectedAt) {
    }

    private final JdbcTemplate jdbc;

    OperationStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Operation> find(UUID reference) {
        return jdbc.query("SELECT reference, kind, coordinator, window_from, window_to, dossier_id FROM deconfliction_operation"
                + " WHERE reference = ?", (rs, n) -> new Operation(rs.getObject(1, UUID.class), OperationKind.valueOf(rs.getString(2)),
                rs.getString(3), rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant(), rs.getObject(6, UUID.class)),
                reference).stream().findFirst();
    }

    void delete(UUID reference) {
        jdbc.update("DELETE FROM deconfliction_clash WHERE reference = ? OR other_reference = ?", reference, reference);
        jdbc.update("DELETE FROM deconfliction_operation WHERE reference = ?", reference);
    }

    void insert(Operation operation, List<Target> targets, Instant at) {
        jdbc.update("INSERT INTO deconfliction_operation (reference, kind, coordinator, window_from, window_to, dossier_id, registered_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", operation.reference(), operation.kind().name(), operation.coordinator(),
                Timestamp.from(operation.from()), Timestamp.from(operation.to()), operation.dossier(), Timestamp.from(at));
        jdbc.batchUpdate("INSERT INTO deconfliction_operation_target (reference, hash, key_version) VALUES (?, ?, ?)"
                + " ON CONFLICT DO NOTHING", targets, 1000, (PreparedStatement ps, Target t) -> {
                    ps.setObject(1, operation.reference());
                    ps.setBytes(2, t.hash());
                    ps.setInt(3, t.keyVersion());
                });
    }

    /** The other operations with a common target hash whose window overlaps this one’s. */
    List<Operation> overlapping(Operation operation) {
        return jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement("""
                    SELECT DISTINCT o.reference, o.kind, o.coordinator, o.window_from, o.window_to, o.dossier_id
                      FROM deconfliction_operation o
                     WHERE o.reference <> ? AND o.window_from < ? AND o.window_to > ?
                       AND EXISTS (SELECT 1 FROM deconfliction_operation_target mine
                                     JOIN deconfliction_operation_target theirs ON theirs.hash = mine.hash
                                    WHERE mine.reference = ? AND theirs.reference = o.reference)""");
            statement.setObject(1, operation.reference());
            statement.setTimestamp(2, Timestamp.from(operation.to()));
            statement.setTimestamp(3, Timestamp.from(operation.from()));
            statement.setObject(4, operation.reference());
            return statement;
        }, (rs, n) -> new Operation(rs.getObject(1, UUID.class), OperationKind.valueOf(rs.getString(2)), rs.getString(3),
                rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant(), rs.getObject(6, UUID.class)));
    }

    void insertClash(Clash clash) {
        jdbc.update("""
                INSERT INTO deconfliction_clash (id, reference, coordinator, other_reference, other_kind, other_coordinator,
                    overlap_from, overlap_to, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (reference, other_reference) DO UPDATE SET overlap_from = EXCLUDED.overlap_from,
                    overlap_to = EXCLUDED.overlap_to, detected_at = EXCLUDED.detected_at, coordinator = EXCLUDED.coordinator,
                    other_coordinator = EXCLUDED.other_coordinator""", clash.id(), clash.reference(), clash.coordinator(),
                clash.otherReference(), clash.otherKind().name(), clash.otherCoordinator(), Timestamp.from(clash.overlapFrom()),
                Timestamp.from(clash.overlapTo()), Timestamp.from(clash.detectedAt()));
    }

    List<Clash> clashesOf(UUID reference, String coordinator) {
        return jdbc.query(SELECT + " WHERE reference = ? AND coordinator = ? ORDER BY overlap_from, id", OperationStore::clash,
                reference, coordinator);
    }

    List<Clash> clashesFor(String coordinator, int limit, long offset) {
        return jdbc.query(SELECT + " WHERE coordinator = ? ORDER BY detected_at DESC, id LIMIT ? OFFSET ?", OperationStore::clash,
                coordinator, limit, offset);
    }

    long countFor(String coordinator) {
        Long count = jdbc.queryForObject("SELECT count(*) FROM deconfliction_clash WHERE coordinator = ?", Long.class, coordinator);
        return count == null ? 0 : count;
    }

    private static final String SELECT = "SELECT id, reference, coordinator, other_reference, other_kind, other_coordinator,"
            + " overlap_from, overlap_to, detected_at FROM deconfliction_clash";

    private static Clash clash(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Clash(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getObject(4, UUID.class),
                OperationKind.valueOf(rs.getString(5)), rs.getString(6), rs.getTimestamp(7).toInstant(),
                rs.getTimestamp(8).toInstant(), rs.getTimestamp(9).toInstant());
    }
}
