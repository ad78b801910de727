package be.stroomplan.protocols.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The DPO opinion files of protocol versions, stored in the database. */
@Repository
public class DocumentStore {

    private static final String META = "id, version_id, kind, filename, content_type, size, sha256, uploaded_at, uploaded_by";

    private final JdbcClient jdbc;

    DocumentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the document, replacing the version's earlier one of the same kind. */
    public void put(ProtocolDocument document) {
        jdbc.sql("""
                INSERT INTO protocol_document (id, version_id, kind, filename, content_type, size, sha256, content,
                    uploaded_at, uploaded_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (version_id, kind) DO UPDATE SET id = excluded.id, filename = excluded.filename,
                    content_type = excluded.content_type, size = excluded.size, sha256 = excluded.sha256,
                    content = excluded.content, uploaded_at = excluded.uploaded_at, uploaded_by = excluded.uploaded_by""")
                .params(document.id(), document.versionId(), document.kind().name(), document.filename(),
                        document.contentType(), document.size(), document.sha256(), document.content(),
                        ProtocolStore.utc(document.uploadedAt()), document.uploadedBy())
                .update();
    }

    /** The documents of one version, without their content. */
    public List<ProtocolDocument> list(UUID versionId) {
        return jdbc.sql("SELECT " + META + " FROM protocol_document WHERE version_id = ? ORDER BY kind").param(versionId)
                .query((rs, row) -> map(rs, null)).list();
    }

    public Optional<ProtocolDocument> get(UUID versionId, ProtocolDocument.Kind kind) {
        return jdbc.sql("SELECT " + META + ", content FROM protocol_document WHERE version_id = ? AND kind = ?")
                .params(versionId, kind.name())
                .query((rs, row) -> map(rs, rs.getBytes("content"))).optional();
    }

    /** An amendment starts with the opinions of the version it amends. */
    public void copy(UUID fromVersion, UUID toVersion) {
        jdbc.sql("""
                INSERT INTO protocol_document (id, version_id, kind, filename, content_type, size, sha256, content,
                    uploaded_at, uploaded_by)
                SELECT gen_random_uuid(), ?, kind, filename, content_type, size, sha256, content, uploaded_at, uploaded_by
                FROM protocol_document WHERE version_id = ?""")
                .params(toVersion, fromVersion).update();
    }

    private static ProtocolDocument map(ResultSet rs, byte[] content) throws SQLException {
        return new ProtocolDocument(rs.getObject("id", UUID.class), rs.getObject("version_id", UUID.class),
                ProtocolDocument.Kind.valueOf(rs.getString("kind")), rs.getString("filename"), rs.getString("content_type"),
                rs.getInt("size"), rs.getString("sha256"), rs.getObject("uploaded_at", OffsetDateTime.class).toInstant(),
                rs.getString("uploaded_by"), content);
    }
}
