package be.stroomplan.sharing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import be.stroomplan.sharing.Attachment;
import be.stroomplan.sharing.AttachmentContent;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code item_attachment}. */
@Repository
public class AttachmentStore {

    private static final String COLUMNS = "id, item_id, filename, content_type, size_bytes, sha256, added_by, added_at";

    private final JdbcClient jdbc;

    AttachmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Attachment a, byte[] content) {
        jdbc.sql("INSERT INTO item_attachment (" + COLUMNS + ", content) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(a.id(), a.item(), a.filename(), a.contentType(), a.size(), a.sha256(), a.addedBy(),
                        Timestamp.from(a.addedAt()), content)
                .update();
    }

    public List<Attachment> of(UUID item) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM item_attachment WHERE item_id = ? ORDER BY added_at, id").param(item)
                .query((rs, row) -> attachment(rs)).list();
    }

    public Optional<AttachmentContent> find(UUID item, UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + ", content FROM item_attachment WHERE item_id = ? AND id = ?").params(item, id)
                .query((rs, row) -> new AttachmentContent(attachment(rs), rs.getBytes("content"))).optional();
    }

    static Attachment attachment(ResultSet rs) throws SQLException {
        return new Attachment(rs.getObject("id", UUID.class), rs.getObject("item_id", UUID.class), rs.getString("filename"),
                rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("added_by"),
                rs.getTimestamp("added_at").toInstant());
    }
}
