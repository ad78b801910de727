package be.stroomplan.subjects.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The table of imports; every write here commits on its own, so that progress shows while an import runs. */
@Repository
class ImportStore {

    private static final TypeReference<List<RejectedRow>> REJECTED = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ImportStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(UUID id, ImportKind kind, UUID compartment, String org, String by, Instant at) {
        jdbc.sql("INSERT INTO subject_import (id, kind, compartment_id, owner_org, created_by, created_at, status, phase,"
                        + " heartbeat_at) VALUES (?, ?, ?, ?, ?, ?, 'RUNNING', 'RECEIVED', ?)")
                .params(id, kind.name(), compartment, org, by, Timestamp.from(at), Timestamp.from(at)).update();
    }

    /** Enters a phase with the number of rows it will go through. */
    void phase(UUID id, ImportPhase phase, long total) {
        jdbc.sql("UPDATE subject_import SET phase = ?, total = ?, processed = 0, heartbeat_at = now() WHERE id = ?")
                .params(phase.name(), total, id).update();
    }

    void progress(UUID id, long processed) {
        jdbc.sql("UPDATE subject_import SET processed = ?, heartbeat_at = now() WHERE id = ?").params(processed, id).update();
    }

    void rejected(UUID id, long count, List<RejectedRow> listed) {
        jdbc.sql("UPDATE subject_import SET rejected_count = ?, rejected = CAST(? AS jsonb) WHERE id = ?")
                .params(count, json.writeValueAsString(listed), id).update();
    }

    /** Fails an import that is still running; false when it had already ended. */
    boolean fail(UUID id, String failure) {
        return jdbc.sql("UPDATE subject_import SET status = 'FAILED', phase = 'FINISHED', failure = ?, finished_at = now()"
                + " WHERE id = ? AND status = 'RUNNING'").params(failure, id).update() == 1;
    }

    /** Called inside the merge's transaction: the import is done exactly when its rows are in. */
    void done(UUID id, long created, long updated, long relations) {
        jdbc.sql("UPDATE subject_import SET status = 'DONE', phase = 'FINISHED', processed = total, created_count = ?,"
                        + " updated_count = ?, relation_count = ?, finished_at = now() WHERE id = ?")
                .params(created, updated, relations, id).update();
    }

    /** The running imports whose worker has not reported since {@code before}: their node stopped. */
    List<UUID> stale(Instant before) {
        return jdbc.sql("SELECT id FROM subject_import WHERE status = 'RUNNING' AND heartbeat_at < ?")
                .param(Timestamp.from(before)).query(UUID.class).list();
    }

    long readyCount(UUID id) {
        return jdbc.sql("SELECT count(*) FROM subject_import_ready WHERE import_id = ?").param(id).query(Long.class).single();
    }

    /** Removes the staging rows of an import. */
    void clean(UUID id) {
        for (String table : List.of("subject_import_staging", "subject_import_ready", "subject_import_link")) {
            jdbc.sql("DELETE FROM " + table + " WHERE import_id = ?").param(id).update();
        }
    }

    Optional<ImportJob> find(UUID id) {
        return jdbc.sql("SELECT * FROM subject_import WHERE id = ?").param(id).query(this::job).optional();
    }

    List<ImportJob> ofUser(String username, int limit) {
        return jdbc.sql("SELECT * FROM subject_import WHERE created_by = ? ORDER BY created_at DESC LIMIT ?")
                .params(username, limit).query(this::job).list();
    }

    private ImportJob job(ResultSet rs, int row) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new ImportJob(rs.getObject("id", UUID.class), ImportKind.valueOf(rs.getString("kind")),
                rs.getObject("compartment_id", UUID.class), rs.getString("owner_org"), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(), ImportStatus.valueOf(rs.getString("status")),
                ImportPhase.valueOf(rs.getString("phase")), rs.getLong("total"), rs.getLong("processed"),
                rs.getLong("rejected_count"), json.readValue(rs.getString("rejected"), REJECTED), rs.getLong("created_count"),
                rs.getLong("updated_count"), rs.getLong("relation_count"), rs.getString("failure"),
                finished == null ? null : finished.toInstant());
    }
}
