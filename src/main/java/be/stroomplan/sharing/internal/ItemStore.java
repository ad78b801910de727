package be.stroomplan.sharing.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import be.stroomplan.partners.Classification;
import be.stroomplan.protocols.DataCategory;
import be.stroomplan.protocols.HandlingCode;
import be.stroomplan.sharing.InformationAccuracy;
import be.stroomplan.sharing.InformationItem;
import be.stroomplan.sharing.ItemContent;
import be.stroomplan.sharing.ItemMention;
import be.stroomplan.sharing.SourceReliability;
import be.stroomplan.sharing.Tlp;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables {@code information_item} and {@code information_item_version}. */
@Repository
public class ItemStore {

    private final JdbcClient jdbc;
    private final ItemJson json;

    ItemStore(JdbcClient jdbc, ItemJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insert(InformationItem item) {
        ItemContent c = item.content();
        jdbc.sql("""
                INSERT INTO information_item (id, compartment_id, owner_org, category, classification, tlp, source_reliability,
                    information_accuracy, handling_code, handling_note, title, text, fields, subjects, retention_until, version,
                    created_by, created_at, updated_by, updated_at)
                VALUES (:id, :compartment, :owner, :category, :classification, :tlp, :source, :accuracy, :handling, :note,
                    :title, :text, CAST(:fields AS jsonb), :subjects, :retention, :version, :by, :at, :by, :at)""")
                .param("id", item.id()).param("compartment", item.compartment()).param("owner", item.ownerOrganisation())
                .param("category", c.category().name()).param("classification", c.classification().name())
                .param("tlp", c.tlp().name()).param("source", c.sourceReliability().name())
                .param("accuracy", c.informationAccuracy().code()).param("handling", c.handlingCode().name())
                .param("note", c.handlingNote()).param("title", c.title()).param("text", c.text())
                .param("fields", json.write(c.fields())).param("subjects", c.subjects().toArray(String[]::new))
                .param("retention", item.retentionUntil()).param("version", item.version())
                .param("by", item.createdBy()).param("at", Timestamp.from(item.createdAt()))
                .update();
    }

    /** The items that concern any of the subjects, as metadata, oldest first. */
    public List<ItemMention> mentions(Collection<UUID> subjectIds) {
        return jdbc.sql("""
                SELECT i.id, i.compartment_id, i.owner_org, i.category, i.classification, i.created_at, i.retention_until,
                       (SELECT count(*) FROM disclosure d WHERE d.item_id = i.id) AS disclosures
                FROM information_item i WHERE i.subjects && CAST(? AS text[]) ORDER BY i.created_at""")
                .param(subjectIds.stream().map(UUID::toString).toArray(String[]::new))
                .query((rs, row) -> new ItemMention(rs.getObject("id", UUID.class), rs.getObject("compartment_id", UUID.class),
                        rs.getString("owner_org"), DataCategory.valueOf(rs.getString("category")),
                        Classification.valueOf(rs.getString("classification")), rs.getTimestamp("created_at").toInstant(),
                        rs.getObject("retention_until", LocalDate.class), rs.getLong("disclosures")))
                .list();
    }

    /** Records that an item was made from another (its lineage, which the retention purge follows). */
    public void markDerived(UUID id, UUID source) {
        jdbc.sql("UPDATE information_item SET derived_from = ? WHERE id = ?").params(source, id).update();
    }

    /** Marks an item as a summary that a magistrate approved to leave an embargoed compartment. */
    public void approveSummary(UUID id, String by, Instant at) {
        jdbc.sql("UPDATE information_item SET summary_approved_by = ?, summary_approved_at = ? WHERE id = ?")
                .params(by, Timestamp.from(at), id).update();
    }

    /** Whether the item is a summary a magistrate approved. */
    public boolean approvedSummary(UUID id) {
        return jdbc.sql("SELECT summary_approved_by IS NOT NULL FROM information_item WHERE id = ?").param(id)
                .query(Boolean.class).optional().orElse(false);
    }

    public Optional<InformationItem> find(UUID id) {
        return jdbc.sql("SELECT * FROM information_item WHERE id = ?").param(id).query((rs, row) -> item(rs)).optional();
    }

    /** The item, its row locked until the end of the transaction. */
    public Optional<InformationItem> lock(UUID id) {
        return jdbc.sql("SELECT * FROM information_item WHERE id = ? FOR UPDATE").param(id).query((rs, row) -> item(rs)).optional();
    }

    /** Keeps the current version as history, then writes the new content as the next version. */
    public void update(InformationItem current, ItemContent c, LocalDate retention, String by, Instant at) {
        jdbc.sql("INSERT INTO information_item_version (item_id, version, snapshot, edited_by, edited_at) "
                        + "VALUES (?, ?, CAST(? AS jsonb), ?, ?)")
                .params(current.id(), current.version(), json.snapshot(current.content()), current.updatedBy(),
                        Timestamp.from(current.updatedAt()))
                .update();
        jdbc.sql("""
                UPDATE information_item SET category = :category, classification = :classification, tlp = :tlp,
                    source_reliability = :source, information_accuracy = :accuracy, handling_code = :handling,
                    handling_note = :note, title = :title, text = :text, fields = CAST(:fields AS jsonb), subjects = :subjects,
                    retention_until = :retention, version = version + 1, updated_by = :by, updated_at = :at
                WHERE id = :id""")
                .param("id", current.id())
                .param("category", c.category().name()).param("classification", c.classification().name())
                .param("tlp", c.tlp().name()).param("source", c.sourceReliability().name())
                .param("accuracy", c.informationAccuracy().code()).param("handling", c.handlingCode().name())
                .param("note", c.handlingNote()).param("title", c.title()).param("text", c.text())
                .param("fields", json.write(c.fields())).param("subjects", c.subjects().toArray(String[]::new))
                .param("retention", retention).param("by", by).param("at", Timestamp.from(at))
                .update();
    }

    /** An earlier version: who made it, when, and its content. */
    public record Snapshot(int version, String editedBy, Instant editedAt, ItemContent content) {
    }

    public List<Snapshot> history(UUID item) {
        return jdbc.sql("SELECT version, snapshot::text AS snapshot, edited_by, edited_at FROM information_item_version"
                        + " WHERE item_id = ? ORDER BY version DESC")
                .param(item)
                .query((rs, row) -> new Snapshot(rs.getInt("version"), rs.getString("edited_by"),
                        rs.getTimestamp("edited_at").toInstant(), json.content(rs.getString("snapshot"))))
                .list();
    }

    InformationItem item(ResultSet rs) throws SQLException {
        ItemContent content = new ItemContent(DataCategory.valueOf(rs.getString("category")),
                Classification.valueOf(rs.getString("classification")), Tlp.valueOf(rs.getString("tlp")),
                SourceReliability.valueOf(rs.getString("source_reliability")),
                InformationAccuracy.parse(rs.getString("information_accuracy")).orElseThrow(),
                HandlingCode.valueOf(rs.getString("handling_code").trim()), rs.getString("handling_note"),
                rs.getString("title"), rs.getString("text"), json.read(rs.getString("fields")), strings(rs.getArray("subjects")));
        return new InformationItem(rs.getObject("id", UUID.class), rs.getObject("compartment_id", UUID.class),
                rs.getString("owner_org"), content, rs.getObject("retention_until", LocalDate.class), rs.getInt("version"),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), rs.getString("updated_by"),
                rs.getTimestamp("updated_at").toInstant());
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
