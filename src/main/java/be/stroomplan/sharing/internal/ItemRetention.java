package be.stroomplan.sharing.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import be.stroomplan.retention.PurgeContext;
import be.stroomplan.retention.PurgeCount;
import be.stroomplan.retention.Purgeable;
import be.stroomplan.sharing.ItemsPurged;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The sharing module's part of the retention purge. An item goes when its retention date is
 * before the purge day, with everything derived from it (items made from it, recursively), their
 * versions, attachments and disclosures, unless it sits in a held compartment. A hold protects
 * the lineage as well: an item that has a held derivative stays, and so do its own sources.
 */
@Component
class ItemRetention implements Purgeable {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    ItemRetention(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Override
    public List<PurgeCount> purge(PurgeContext context) {
        UUID[] held = context.heldCompartments().toArray(UUID[]::new);
        List<UUID> expired = jdbc.sql("""
                SELECT id FROM information_item WHERE retention_until < ? AND NOT (compartment_id = ANY(?))""")
                .params(context.today(), held).query(UUID.class).list();
        Set<UUID> purge = new HashSet<>(expired);
        purge.addAll(jdbc.sql("""
                WITH RECURSIVE derived (id) AS (
                    SELECT i.id FROM information_item i WHERE i.derived_from = ANY(?) AND NOT (i.compartment_id = ANY(?))
                    UNION
                    SELECT i.id FROM information_item i JOIN derived d ON i.derived_from = d.id
                    WHERE NOT (i.compartment_id = ANY(?)))
                SELECT id FROM derived""")
                .params(expired.toArray(UUID[]::new), held, held).query(UUID.class).list());
        keepWhatAHeldDerivativeNeeds(purge);
        if (purge.isEmpty()) {
            return List.of();
        }
        UUID[] ids = purge.toArray(UUID[]::new);
        long derived = purge.stream().filter(id -> !expired.contains(id)).count();
        String rule = "retention date before " + context.today();
        List<PurgeCount> counts = new ArrayList<>();
        counts.add(new PurgeCount("DISCLOSURE", delete("DELETE FROM disclosure WHERE item_id = ANY(?)", ids), rule));
        counts.add(new PurgeCount("ITEM_ATTACHMENT", delete("DELETE FROM item_attachment WHERE item_id = ANY(?)", ids), rule));
        counts.add(new PurgeCount("ITEM_VERSION", delete("DELETE FROM information_item_version WHERE item_id = ANY(?)", ids), rule));
        long items = delete("DELETE FROM information_item WHERE id = ANY(?)", ids);
        counts.add(new PurgeCount("ITEM", items - derived, rule));
        counts.add(new PurgeCount("ITEM_DERIVED", derived, "derived from an item purged under: " + rule));
        events.publishEvent(new ItemsPurged(purge, context.today()));
        return counts;
    }

    /** Removes from the set every item that an item outside it (a held derivative) was made from, up the lineage. */
    private void keepWhatAHeldDerivativeNeeds(Set<UUID> purge) {
        while (!purge.isEmpty()) {
            UUID[] ids = purge.toArray(UUID[]::new);
            List<UUID> needed = jdbc.sql("""
                    SELECT DISTINCT derived_from FROM information_item WHERE derived_from = ANY(?) AND NOT (id = ANY(?))""")
                    .params(ids, ids).query(UUID.class).list();
            if (needed.isEmpty()) {
                return;
            }
            needed.forEach(purge::remove);
        }
    }

    private long delete(String sql, UUID[] ids) {
        return jdbc.sql(sql).param(ids).update();
    }
}
