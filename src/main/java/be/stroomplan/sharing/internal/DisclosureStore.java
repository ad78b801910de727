package be.stroomplan.sharing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import be.stroomplan.protocols.CompartmentKind;
import be.stroomplan.protocols.DataCategory;
import be.stroomplan.protocols.DisclosedFlow;
import be.stroomplan.sharing.Disclosure;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code disclosure}. */
@Repository
public class DisclosureStore {

    private final JdbcClient jdbc;

    DisclosureStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A disclosure with the kind of its compartment. */
    public record Placed(Disclosure disclosure, CompartmentKind compartmentKind) {
    }

    public void insert(Disclosure d, DataCategory category) {
        jdbc.sql("""
                INSERT INTO disclosure (id, item_id, provider_org, recipient_org, compartment_id, category, purpose, protocol_id,
                    protocol_version, protocol_version_id, protocol_reference, disclosed_by, disclosed_at)
                VALUES (:id, :item, :provider, :recipient, :compartment, :category, :purpose, CAST(:protocol AS uuid), :version,
                    CAST(:versionId AS uuid), :reference, :by, :at)""")
                .param("id", d.id()).param("item", d.item()).param("provider", d.provider()).param("recipient", d.recipient())
                .param("compartment", d.compartment()).param("category", category.name()).param("purpose", d.purpose())
                .param("protocol", d.protocolId()).param("version", d.protocolVersion()).param("versionId", d.protocolVersionId())
                .param("reference", d.protocolReference()).param("by", d.disclosedBy()).param("at", Timestamp.from(d.disclosedAt()))
                .update();
    }

    /** Every disclosure of the item, oldest first, with the kinds of their compartments. */
    public List<Placed> ofItem(UUID item) {
        return jdbc.sql("SELECT d.*, c.kind FROM disclosure d JOIN compartment c ON c.id = d.compartment_id"
                        + " WHERE d.item_id = ? ORDER BY d.disclosed_at, d.id")
                .param(item).query((rs, row) -> new Placed(disclosure(rs), CompartmentKind.valueOf(rs.getString("kind")))).list();
    }

    public Optional<Disclosure> find(UUID id) {
        return jdbc.sql("SELECT * FROM disclosure WHERE id = ?").param(id).query((rs, row) -> disclosure(rs)).optional();
    }

    public boolean liveExists(UUID item, String recipient, UUID compartment) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM disclosure WHERE item_id = ? AND recipient_org = ? AND compartment_id = ?"
                        + " AND revoked_at IS NULL)")
                .params(item, recipient, compartment).query(Boolean.class).single();
    }

    /** Revokes a live disclosure; 0 when it was revoked already. */
    public int revoke(UUID id, String by, Instant at, String reason) {
        return jdbc.sql("UPDATE disclosure SET revoked_at = ?, revoked_by = ?, revoke_reason = ? WHERE id = ? AND revoked_at IS NULL")
                .params(Timestamp.from(at), by, reason, id).update();
    }

    /** Keeps the category of an item's disclosures equal to the item's. */
    public void recategorise(UUID item, DataCategory category) {
        jdbc.sql("UPDATE disclosure SET category = ? WHERE item_id = ? AND category <> ?")
                .params(category.name(), item, category.name()).update();
    }

    /** The distinct (provider, protocol, category, purpose) of the live disclosures into a compartment to one organisation. */
    public List<DisclosedFlow> flows(UUID compartment, String recipient) {
        return jdbc.sql("SELECT DISTINCT provider_org, protocol_id, category, purpose FROM disclosure"
                        + " WHERE compartment_id = ? AND recipient_org = ? AND revoked_at IS NULL")
                .params(compartment, recipient)
                .query((rs, row) -> new DisclosedFlow(rs.getString("provider_org"), rs.getObject("protocol_id", UUID.class).toString(),
                        DataCategory.valueOf(rs.getString("category")), rs.getString("purpose")))
                .list();
    }

    static Disclosure disclosure(ResultSet rs) throws SQLException {
        Timestamp revoked = rs.getTimestamp("revoked_at");
        return new Disclosure(rs.getObject("id", UUID.class), rs.getObject("item_id", UUID.class), rs.getString("provider_org"),
                rs.getString("recipient_org"), rs.getObject("compartment_id", UUID.class), rs.getString("purpose"),
                rs.getObject("protocol_id", UUID.class).toString(), rs.getInt("protocol_version"),
                rs.getObject("protocol_version_id", UUID.class).toString(), rs.getString("protocol_reference"),
                rs.getString("disclosed_by"), rs.getTimestamp("disclosed_at").toInstant(),
                revoked == null ? null : revoked.toInstant(), rs.getString("revoked_by"), rs.getString("revoke_reason"));
    }
}
