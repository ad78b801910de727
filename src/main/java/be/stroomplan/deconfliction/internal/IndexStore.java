package be.stroomplan.deconfliction.internal;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The index table: keyed hashes with their key version, dossier, subject and kind. */
@Repository
class IndexStore {

    /** One index row. */
    record Row(byte[] hash, int keyVersion, UUID dossier, UUID subject, String kind) {
    }

    /** A subject of a dossier. */
    record Entry(UUID dossier, UUID subject) {
    }

    private final JdbcTemplate jdbc;

    IndexStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises the writers of the index (rebuild, re-index of a dossier, rotation); in the caller’s transaction. */
    void lock() {
        jdbc.query("SELECT pg_advisory_xact_lock(7101001)", rs -> null);
    }

    /** Every row whose hash is one of these: one statement, whatever the hashes are. */
    List<Row> lookup(byte[][] hashes) {
        return jdbc.query(connection -> {
            PreparedStatement statement = connection.prepareStatement(
                    "SELECT hash, key_version, dossier_id, subject_id, kind FROM deconfliction_index WHERE hash = ANY(?)");
            Array array = connection.createArrayOf("bytea", hashes);
            statement.setArray(1, array);
            return statement;
        }, (rs, n) -> new Row(rs.getBytes(1), rs.getInt(2), rs.getObject(3, UUID.class), rs.getObject(4, UUID.class),
                rs.getString(5)));
    }

    void insert(List<Row> rows) {
        jdbc.batchUpdate("INSERT INTO deconfliction_index (hash, key_version, dossier_id, subject_id, kind) VALUES (?, ?, ?, ?, ?)"
                + " ON CONFLICT DO NOTHING", rows, 1000, (PreparedStatement ps, Row row) -> {
                    ps.setBytes(1, row.hash());
                    ps.setInt(2, row.keyVersion());
                    ps.setObject(3, row.dossier());
                    ps.setObject(4, row.subject());
                    ps.setString(5, row.kind());
                });
    }

    int deleteAll() {
        return jdbc.update("DELETE FROM deconfliction_index");
    }

    int deleteDossier(UUID dossier) {
        return jdbc.update("DELETE FROM deconfliction_index WHERE dossier_id = ?", dossier);
    }

    /** Up to {@code limit} subjects of dossiers that still have rows of a version other than {@code active}. */
    List<Entry> stale(int active, int limit) {
        return jdbc.query("SELECT DISTINCT dossier_id, subject_id FROM deconfliction_index WHERE key_version <> ? LIMIT ?",
                (rs, n) -> new Entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)), active, limit);
    }

    void deleteStale(List<Entry> entries, int active) {
        jdbc.batchUpdate("DELETE FROM deconfliction_index WHERE dossier_id = ? AND subject_id = ? AND key_version <> ?", entries, 500,
                (PreparedStatement ps, Entry entry) -> {
                    ps.setObject(1, entry.dossier());
                    ps.setObject(2, entry.subject());
                    ps.setInt(3, active);
                });
    }

    List<Integer> versions() {
        return jdbc.queryForList("SELECT DISTINCT key_version FROM deconfliction_index", Integer.class);
    }

    long count() {
        Long count = jdbc.queryForObject("SELECT count(*) FROM deconfliction_index", Long.class);
        return count == null ? 0 : count;
    }
}
