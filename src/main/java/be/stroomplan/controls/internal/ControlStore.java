package be.stroomplan.controls.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import be.stroomplan.controls.ChecklistItem;
import be.stroomplan.controls.ControlAction;
import be.stroomplan.controls.ControlStatus;
import be.stroomplan.controls.ControlTransition;
import be.stroomplan.controls.ControlType;
import be.stroomplan.controls.ParticipatingService;
import be.stroomplan.protocols.CompartmentKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The action records, their history, services with checklists, and links (tables control_*). */
@Repository
public class ControlStore {

    /** The sortable columns of the list, by the name the API and the page use. */
    static final Map<String, String> SORTS = Map.of("startsAt", "starts_at", "reference", "reference", "name", "lower(name)",
            "status", "status", "type", "type");

    private final JdbcClient jdbc;

    ControlStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String nextReference(int year) {
        int next = jdbc.sql("""
                INSERT INTO control_reference_counter (year, last) VALUES (?, 1)
                ON CONFLICT (year) DO UPDATE SET last = control_reference_counter.last + 1 RETURNING last""")
                .param(year).query(Integer.class).single();
        return "COAC-%d-%04d".formatted(year, next);
    }

    public void insert(ControlAction a) {
        jdbc.sql("""
                INSERT INTO control_action (id, reference, name, type, starts_at, ends_at, area, status, planned_by, planner_org,
                    planned_at, version)
                VALUES (:id, :ref, :name, :type, :starts, :ends, :area, :status, :by, :org, :at, 0)""")
                .param("id", a.id()).param("ref", a.reference()).param("name", a.name()).param("type", a.type().name())
                .param("starts", ts(a.startsAt())).param("ends", ts(a.endsAt())).param("area", a.area())
                .param("status", a.status().name()).param("by", a.plannedBy()).param("org", a.plannerOrganisation())
                .param("at", ts(a.plannedAt())).update();
    }

    /** Stores the new status if nobody changed the action meanwhile; false when stale. */
    public boolean updateStatus(ControlAction a) {
        return jdbc.sql("UPDATE control_action SET status = :status, version = version + 1 WHERE id = :id AND version = :version")
                .param("status", a.status().name()).param("id", a.id()).param("version", a.version()).update() == 1;
    }

    public Optional<ControlAction> find(UUID id) {
        return jdbc.sql("SELECT * FROM control_action WHERE id = ?").param(id).query(ControlStore::action).optional();
    }

    /** One page of the given actions, sorted; and the total. */
    public Map.Entry<List<ControlAction>, Long> page(List<UUID> ids, String sort, boolean ascending, int page, int size) {
        if (ids.isEmpty()) {
            return Map.entry(List.of(), 0L);
        }
        String column = SORTS.getOrDefault(sort, "starts_at");
        UUID[] array = ids.toArray(UUID[]::new);
        long total = jdbc.sql("SELECT count(*) FROM control_action WHERE id = ANY(:ids)").param("ids", array)
                .query(Long.class).single();
        List<ControlAction> items = jdbc.sql("SELECT * FROM control_action WHERE id = ANY(:ids) ORDER BY " + column
                        + (ascending ? " ASC" : " DESC") + ", id LIMIT :limit OFFSET :offset")
                .param("ids", array).param("limit", size).param("offset", (long) page * size).query(ControlStore::action).list();
        return Map.entry(items, total);
    }

    /** The given actions that overlap [from, to), by start. */
    public List<ControlAction> between(List<UUID> ids, Instant from, Instant to) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM control_action WHERE id = ANY(:ids) AND starts_at < :to AND ends_at > :from "
                        + "ORDER BY starts_at, id")
                .param("ids", ids.toArray(UUID[]::new)).param("from", ts(from)).param("to", ts(to)).query(ControlStore::action).list();
    }

    public void addTransition(UUID actionId, ControlTransition t) {
        jdbc.sql("""
                INSERT INTO control_transition (id, action_id, from_status, to_status, reason, by_user, by_org, at)
                VALUES (:id, :action, :from, :to, :reason, :by, :org, :at)""")
                .param("id", t.id()).param("action", actionId).param("from", t.from() == null ? null : t.from().name())
                .param("to", t.to().name()).param("reason", t.reason()).param("by", t.byUser()).param("org", t.byOrganisation())
                .param("at", ts(t.at())).update();
    }

    public List<ControlTransition> history(UUID actionId) {
        return jdbc.sql("SELECT * FROM control_transition WHERE action_id = ? ORDER BY at, id").param(actionId)
                .query((rs, n) -> new ControlTransition(rs.getObject("id", UUID.class),
                        rs.getString("from_status") == null ? null : ControlStatus.valueOf(rs.getString("from_status")),
                        ControlStatus.valueOf(rs.getString("to_status")), rs.getString("reason"), rs.getString("by_user"),
                        rs.getString("by_org"), rs.getTimestamp("at").toInstant())).list();
    }

    public void addService(UUID actionId, String organisation, int staff, List<String> checklist) {
        jdbc.sql("INSERT INTO control_service (action_id, organisation, staff) VALUES (?, ?, ?)")
                .params(actionId, organisation, staff).update();
        for (int i = 0; i < checklist.size(); i++) {
            jdbc.sql("INSERT INTO control_checklist_item (id, action_id, organisation, position, label) VALUES (?, ?, ?, ?, ?)")
                    .params(UUID.randomUUID(), actionId, organisation, i, checklist.get(i)).update();
        }
    }

    public List<ParticipatingService> services(UUID actionId) {
        List<ChecklistItem> lines = jdbc.sql("""
                SELECT * FROM control_checklist_item WHERE action_id = ? ORDER BY organisation, position""").param(actionId)
                .query((rs, n) -> new ChecklistItem(rs.getObject("id", UUID.class), rs.getString("organisation"),
                        rs.getString("label"), rs.getBoolean("done"), rs.getString("done_by"))).list();
        return jdbc.sql("SELECT organisation, staff FROM control_service WHERE action_id = ? ORDER BY organisation")
                .param(actionId).query((rs, n) -> {
                    String organisation = rs.getString("organisation");
                    return new ParticipatingService(organisation, rs.getInt("staff"),
                            lines.stream().filter(l -> l.organisation().equals(organisation)).toList());
                }).list();
    }

    /** Marks a checklist line of the organisation done or not; false when there is no such line. */
    public boolean check(UUID actionId, UUID lineId, String organisation, boolean done, String by, Instant at) {
        return jdbc.sql("""
                UPDATE control_checklist_item SET done = :done, done_by = :by, done_at = :at
                WHERE id = :id AND action_id = :action AND organisation = :org""")
                .param("done", done).param("by", done ? by : null).param("at", done ? ts(at) : null).param("id", lineId)
                .param("action", actionId).param("org", organisation).update() == 1;
    }

    public void addLink(UUID actionId, UUID compartment, CompartmentKind kind) {
        jdbc.sql("INSERT INTO control_link (action_id, compartment_id, kind) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")
                .params(actionId, compartment, kind.name()).update();
    }

    public Map<UUID, CompartmentKind> links(UUID actionId) {
        Map<UUID, CompartmentKind> links = new java.util.LinkedHashMap<>();
        jdbc.sql("SELECT compartment_id, kind FROM control_link WHERE action_id = ? ORDER BY kind, compartment_id").param(actionId)
                .query((rs, n) -> Map.entry(rs.getObject("compartment_id", UUID.class), CompartmentKind.valueOf(rs.getString("kind"))))
                .list().forEach(e -> links.put(e.getKey(), e.getValue()));
        return links;
    }

    static ControlAction action(ResultSet rs, int row) throws SQLException {
        return new ControlAction(rs.getObject("id", UUID.class), rs.getString("reference"), rs.getString("name"),
                ControlType.valueOf(rs.getString("type")), rs.getTimestamp("starts_at").toInstant(),
                rs.getTimestamp("ends_at").toInstant(), rs.getString("area"), ControlStatus.valueOf(rs.getString("status")),
                rs.getString("planned_by"), rs.getString("planner_org"), rs.getTimestamp("planned_at").toInstant(),
                rs.getInt("version"));
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
