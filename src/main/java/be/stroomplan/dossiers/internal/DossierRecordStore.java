package be.stroomplan.dossiers.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import be.stroomplan.dossiers.Arrest;
import be.stroomplan.dossiers.DossierSubject;
import be.stroomplan.dossiers.DossierTask;
import be.stroomplan.dossiers.DrugType;
import be.stroomplan.dossiers.Seizure;
import be.stroomplan.dossiers.SeizureKind;
import be.stroomplan.dossiers.SeizureTotals;
import be.stroomplan.dossiers.TimelineEvent;
import be.stroomplan.subjects.SubjectCategory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The records of a dossier: subjects, seizures, arrests, tasks and the timeline. */
@Repository
public class DossierRecordStore {

    private final JdbcClient jdbc;

    DossierRecordStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // subjects --------------------------------------------------------------------------------

    /** Puts a subject on the dossier; false when it is on it already. */
    public boolean addSubject(UUID id, UUID dossier, UUID subject, SubjectCategory category, String by, Instant at) {
        return jdbc.sql("""
                INSERT INTO dossier_subject (id, dossier_id, subject_id, category, added_by, added_at) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (dossier_id, subject_id) DO NOTHING""")
                .params(id, dossier, subject, category.name(), by, Timestamp.from(at)).update() == 1;
    }

    public Optional<DossierSubject> subject(UUID dossier, UUID subject) {
        return jdbc.sql("SELECT * FROM dossier_subject WHERE dossier_id = ? AND subject_id = ?").params(dossier, subject)
                .query((rs, row) -> subject(rs)).optional();
    }

    public List<DossierSubject> subjects(UUID dossier) {
        return jdbc.sql("SELECT * FROM dossier_subject WHERE dossier_id = ? ORDER BY added_at, id").param(dossier)
                .query((rs, row) -> subject(rs)).list();
    }

    private static DossierSubject subject(ResultSet rs) throws SQLException {
        return new DossierSubject(rs.getObject("id", UUID.class), rs.getObject("dossier_id", UUID.class),
                rs.getObject("subject_id", UUID.class), SubjectCategory.valueOf(rs.getString("category")), null, null,
                rs.getString("added_by"), rs.getTimestamp("added_at").toInstant());
    }

    // seizures --------------------------------------------------------------------------------

    public void insert(Seizure s) {
        jdbc.sql("""
                INSERT INTO dossier_seizure (id, dossier_id, kind, drug_type, quantity_kg, amount_eur, item_count, description,
                    seized_on, recorded_by, recorded_at)
                VALUES (:id, :dossier, :kind, :drug, :kg, :eur, :count, :description, :on, :by, :at)""")
                .param("id", s.id()).param("dossier", s.dossier()).param("kind", s.kind().name())
                .param("drug", s.drugType() == null ? null : s.drugType().name()).param("kg", s.quantityKg())
                .param("eur", s.amountEur()).param("count", s.count()).param("description", s.description())
                .param("on", s.seizedOn()).param("by", s.recordedBy()).param("at", Timestamp.from(s.recordedAt())).update();
    }

    public List<Seizure> seizures(UUID dossier) {
        return jdbc.sql("SELECT * FROM dossier_seizure WHERE dossier_id = ? ORDER BY seized_on DESC, recorded_at DESC, id")
                .param(dossier).query((rs, row) -> seizure(rs)).list();
    }

    /** The totals of the seizures of the given dossiers. */
    public SeizureTotals totals(Collection<UUID> dossiers) {
        Map<DrugType, BigDecimal> drugs = new EnumMap<>(DrugType.class);
        BigDecimal[] euro = { BigDecimal.ZERO, BigDecimal.ZERO };
        int[] counts = new int[3];
        jdbc.sql("""
                SELECT kind, drug_type, coalesce(sum(quantity_kg), 0) AS kg, coalesce(sum(amount_eur), 0) AS eur,
                       coalesce(sum(coalesce(item_count, 1)), 0) AS n
                FROM dossier_seizure WHERE dossier_id = ANY(:ids) GROUP BY kind, drug_type""")
                .param("ids", dossiers.toArray(UUID[]::new))
                .query((rs, row) -> {
                    switch (SeizureKind.valueOf(rs.getString("kind"))) {
                        case DRUGS -> drugs.merge(DrugType.valueOf(rs.getString("drug_type")), rs.getBigDecimal("kg"), BigDecimal::add);
                        case CASH -> euro[0] = euro[0].add(rs.getBigDecimal("eur"));
                        case CRYPTO -> euro[1] = euro[1].add(rs.getBigDecimal("eur"));
                        case VEHICLE -> counts[0] += rs.getInt("n");
                        case WEAPON -> counts[1] += rs.getInt("n");
                        case REAL_ESTATE -> counts[2] += rs.getInt("n");
                    }
                    return null;
                }).list();
        return new SeizureTotals(drugs, euro[0], euro[1], counts[0], counts[1], counts[2]);
    }

    private static Seizure seizure(ResultSet rs) throws SQLException {
        String drug = rs.getString("drug_type");
        Integer count = rs.getObject("item_count") == null ? null : rs.getInt("item_count");
        return new Seizure(rs.getObject("id", UUID.class), rs.getObject("dossier_id", UUID.class),
                SeizureKind.valueOf(rs.getString("kind")), drug == null ? null : DrugType.valueOf(drug),
                rs.getBigDecimal("quantity_kg"), rs.getBigDecimal("amount_eur"), count, rs.getString("description"),
                rs.getObject("seized_on", LocalDate.class), rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
    }

    // arrests ---------------------------------------------------------------------------------

    public void insert(Arrest a) {
        jdbc.sql("""
                INSERT INTO dossier_arrest (id, dossier_id, subject_id, arrested_on, place, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(a.id(), a.dossier(), a.subject(), a.arrestedOn(), a.place(), a.recordedBy(), Timestamp.from(a.recordedAt()))
                .update();
    }

    public List<Arrest> arrests(UUID dossier) {
        return jdbc.sql("SELECT * FROM dossier_arrest WHERE dossier_id = ? ORDER BY arrested_on DESC, recorded_at DESC, id")
                .param(dossier).query((rs, row) -> new Arrest(rs.getObject("id", UUID.class), rs.getObject("dossier_id", UUID.class),
                        rs.getObject("subject_id", UUID.class), rs.getObject("arrested_on", LocalDate.class), rs.getString("place"),
                        rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    // tasks -----------------------------------------------------------------------------------

    public void insert(DossierTask t) {
        jdbc.sql("""
                INSERT INTO dossier_task (id, dossier_id, title, assignee, due_on, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(t.id(), t.dossier(), t.title(), t.assignee(), t.dueOn(), t.createdBy(), Timestamp.from(t.createdAt()))
                .update();
    }

    /** Marks a task done; false when it does not exist in this dossier or is done already. */
    public boolean done(UUID dossier, UUID task, String by, Instant at) {
        return jdbc.sql("UPDATE dossier_task SET done_by = ?, done_at = ? WHERE id = ? AND dossier_id = ? AND done_at IS NULL")
                .params(by, Timestamp.from(at), task, dossier).update() == 1;
    }

    public List<DossierTask> tasks(UUID dossier) {
        return jdbc.sql("SELECT * FROM dossier_task WHERE dossier_id = ? ORDER BY done_at NULLS FIRST, due_on NULLS LAST, created_at, id")
                .param(dossier).query((rs, row) -> task(rs)).list();
    }

    /** The open tasks of the given dossiers, earliest due first (for the dashboard). */
    public List<DossierTask> openTasks(Collection<UUID> dossiers, int limit) {
        return jdbc.sql("""
                SELECT * FROM dossier_task WHERE dossier_id = ANY(:ids) AND done_at IS NULL
                ORDER BY due_on NULLS LAST, created_at, id LIMIT :limit""")
                .param("ids", dossiers.toArray(UUID[]::new)).param("limit", limit).query((rs, row) -> task(rs)).list();
    }

    private static DossierTask task(ResultSet rs) throws SQLException {
        Timestamp done = rs.getTimestamp("done_at");
        return new DossierTask(rs.getObject("id", UUID.class), rs.getObject("dossier_id", UUID.class), rs.getString("title"),
                rs.getString("assignee"), rs.getObject("due_on", LocalDate.class), rs.getString("done_by"),
                done == null ? null : done.toInstant(), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
    }

    // timeline --------------------------------------------------------------------------------

    public void event(UUID dossier, Instant at, String kind, String actor, String details) {
        jdbc.sql("INSERT INTO dossier_event (id, dossier_id, at, kind, actor, details) VALUES (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), dossier, Timestamp.from(at), kind, actor,
                        details == null || details.length() <= 2000 ? details : details.substring(0, 1999) + "…")
                .update();
    }

    public boolean isDossier(UUID id) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM dossier WHERE id = ?)").param(id).query(Boolean.class).single();
    }

    /** The timeline in time order (oldest first). */
    public List<TimelineEvent> timeline(UUID dossier) {
        return jdbc.sql("SELECT * FROM dossier_event WHERE dossier_id = ? ORDER BY at, id").param(dossier)
                .query((rs, row) -> new TimelineEvent(rs.getObject("id", UUID.class), rs.getObject("dossier_id", UUID.class),
                        rs.getTimestamp("at").toInstant(), rs.getString("kind"), rs.getString("actor"), rs.getString("details")))
                .list();
    }

    /** How many seizures, arrests, tasks and open tasks a dossier has. */
    public Map<String, Long> counts(UUID dossier) {
        return jdbc.sql("""
                SELECT (SELECT count(*) FROM dossier_subject WHERE dossier_id = :d) AS subjects,
                       (SELECT count(*) FROM dossier_seizure WHERE dossier_id = :d) AS seizures,
                       (SELECT count(*) FROM dossier_arrest WHERE dossier_id = :d) AS arrests,
                       (SELECT count(*) FROM dossier_task WHERE dossier_id = :d) AS tasks,
                       (SELECT count(*) FROM dossier_task WHERE dossier_id = :d AND done_at IS NULL) AS open_tasks""")
                .param("d", dossier)
                .query((rs, row) -> Map.of("subjects", rs.getLong("subjects"), "seizures", rs.getLong("seizures"),
                        "arrests", rs.getLong("arrests"), "tasks", rs.getLong("tasks"), "openTasks", rs.getLong("open_tasks")))
                .single();
    }
}
