package be.stroomplan.deconfliction.release;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code release_request}. */
@Repository
class ReleaseRequestStore {

    private final JdbcClient jdbc;

    ReleaseRequestStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ReleaseRequest r) {
        jdbc.sql("""
                INSERT INTO release_request (id, case_id, case_reference, subject_id, subject_name, subject_type, question,
                    requested_by, requester_org, requested_at, status)
                VALUES (:id, :caseId, :reference, :subject, :name, :type, :question, :by, :org, :at, 'PENDING')""")
                .param("id", r.id()).param("caseId", r.caseId()).param("reference", r.caseReference())
                .param("subject", r.subjectId()).param("name", r.subjectName()).param("type", r.subjectType())
                .param("question", r.question()).param("by", r.requestedBy()).param("org", r.requesterOrganisation())
                .param("at", Timestamp.from(r.requestedAt())).update();
    }

    Optional<ReleaseRequest> find(UUID id) {
        return jdbc.sql("SELECT * FROM release_request WHERE id = ?").param(id).query(ReleaseRequestStore::request).optional();
    }

    /** Decides a pending request at the version read; false when it was decided or changed meanwhile. */
    boolean decide(UUID id, int version, ReleaseStatus status, String by, Instant at, String reason, UUID source,
                   UUID dossier, UUID released) {
        return jdbc.sql("""
                UPDATE release_request SET status = :status, decided_by = :by, decided_at = :at, refusal_reason = :reason,
                    source_item = :source, source_dossier = :dossier, released_item = :released, version = version + 1
                WHERE id = :id AND version = :version AND status = 'PENDING'""")
                .param("status", status.name()).param("by", by).param("at", Timestamp.from(at)).param("reason", reason)
                .param("source", source).param("dossier", dossier).param("released", released).param("id", id)
                .param("version", version).update() == 1;
    }

    /** One page of the requests in a status, oldest first. */
    List<ReleaseRequest> page(ReleaseStatus status, int page, int size) {
        return jdbc.sql("SELECT * FROM release_request WHERE status = ? ORDER BY requested_at, id LIMIT ? OFFSET ?")
                .params(status.name(), size, (long) page * size).query(ReleaseRequestStore::request).list();
    }

    long count(ReleaseStatus status) {
        return jdbc.sql("SELECT count(*) FROM release_request WHERE status = ?").param(status.name()).query(Long.class).single();
    }

    /** The requests of a case, newest first. */
    List<ReleaseRequest> ofCase(UUID caseId) {
        return jdbc.sql("SELECT * FROM release_request WHERE case_id = ? ORDER BY requested_at DESC, id").param(caseId)
                .query(ReleaseRequestStore::request).list();
    }

    private static ReleaseRequest request(ResultSet rs, int row) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new ReleaseRequest(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
                rs.getString("case_reference"), rs.getObject("subject_id", UUID.class), rs.getString("subject_name"),
                rs.getString("subject_type"), rs.getString("question"), rs.getString("requested_by"),
                rs.getString("requester_org"), rs.getTimestamp("requested_at").toInstant(),
                ReleaseStatus.valueOf(rs.getString("status")), rs.getString("decided_by"),
                decided == null ? null : decided.toInstant(), rs.getString("refusal_reason"),
                rs.getObject("source_item", UUID.class), rs.getObject("source_dossier", UUID.class),
                rs.getObject("released_item", UUID.class), rs.getInt("version"));
    }
}
