package be.stroomplan.cases.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import be.stroomplan.cases.CaseConflict;
import be.stroomplan.cases.CaseStatus;
import be.stroomplan.cases.CaseTransition;
import be.stroomplan.cases.MahoCase;
import be.stroomplan.cases.Urgency;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables {@code maho_case}, {@code case_transition}, {@code case_participant} and the reference counter. */
@Repository
public class CaseStore {

    private final JdbcClient jdbc;

    CaseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next reference of the year, e.g. MAHO-2026-0042 (the counter row is locked until commit). */
    public String nextReference(int year) {
        int next = jdbc.sql("""
                INSERT INTO case_reference_counter (year, last) VALUES (?, 1)
                ON CONFLICT (year) DO UPDATE SET last = case_reference_counter.last + 1 RETURNING last""")
                .param(year).query(Integer.class).single();
        return "MAHO-%d-%04d".formatted(year, next);
    }

    public void insert(MahoCase c) {
        jdbc.sql("""
                INSERT INTO maho_case (id, reference, title, signal, urgency, status, on_hold_until, submitter_org,
                    submitted_by, submitted_at, confidential_participants, screening, version)
                VALUES (:id, :ref, :title, :signal, :urgency, :status, :until, :org, :by, :at, :confidential, :screening, 0)""")
                .param("id", c.id()).param("ref", c.reference()).param("title", c.title()).param("signal", c.signal())
                .param("urgency", c.urgency().name()).param("status", c.status().name()).param("until", date(c.onHoldUntil()))
                .param("org", c.submitterOrganisation()).param("by", c.submittedBy()).param("at", Timestamp.from(c.submittedAt()))
                .param("confidential", c.confidentialParticipants()).param("screening", c.screening()).update();
    }

    public Optional<MahoCase> find(UUID id) {
        return jdbc.sql("SELECT * FROM maho_case WHERE id = ?").param(id).query((rs, row) -> mahoCase(rs)).optional();
    }

    /** Stores the case's new state if nobody changed it meanwhile (its version), else 409. */
    public void update(MahoCase c) {
        int updated = jdbc.sql("""
                UPDATE maho_case SET status = :status, on_hold_until = :until, confidential_participants = :confidential,
                    screening = :screening, version = version + 1 WHERE id = :id AND version = :version""")
                .param("status", c.status().name()).param("until", date(c.onHoldUntil()))
                .param("confidential", c.confidentialParticipants()).param("screening", c.screening())
                .param("id", c.id()).param("version", c.version()).update();
        if (updated != 1) {
            throw new CaseConflict("cases.error.stale", "The case was changed meanwhile; reload it and try again.");
        }
    }

    public void addTransition(UUID caseId, CaseTransition t) {
        jdbc.sql("""
                INSERT INTO case_transition (id, case_id, from_status, to_status, reason, until, by_user, by_org, at)
                VALUES (:id, :case, :from, :to, :reason, :until, :user, :org, :at)""")
                .param("id", t.id()).param("case", caseId).param("from", t.from() == null ? null : t.from().name())
                .param("to", t.to().name()).param("reason", t.reason()).param("until", date(t.until()))
                .param("user", t.byUser()).param("org", t.byOrganisation()).param("at", Timestamp.from(t.at())).update();
    }

    public List<CaseTransition> history(UUID caseId) {
        return jdbc.sql("SELECT * FROM case_transition WHERE case_id = ? ORDER BY at, id").param(caseId)
                .query((rs, row) -> new CaseTransition(rs.getObject("id", UUID.class),
                        rs.getString("from_status") == null ? null : CaseStatus.valueOf(rs.getString("from_status")),
                        CaseStatus.valueOf(rs.getString("to_status")), rs.getString("reason"), localDate(rs, "until"),
                        rs.getString("by_user"), rs.getString("by_org"), rs.getTimestamp("at").toInstant()))
                .list();
    }

    public boolean addParticipant(UUID caseId, String organisation, String by, Instant at) {
        return jdbc.sql("""
                INSERT INTO case_participant (case_id, organisation, invited_by, invited_at) VALUES (?, ?, ?, ?)
                ON CONFLICT DO NOTHING""").params(caseId, organisation, by, Timestamp.from(at)).update() == 1;
    }

    public List<String> participants(UUID caseId) {
        return jdbc.sql("SELECT organisation FROM case_participant WHERE case_id = ? ORDER BY invited_at, organisation")
                .param(caseId).query(String.class).list();
    }

    /** The filters and order of a listing. */
    public record Query(CaseStatus status, String partner, String track, boolean overdue, String sort, boolean ascending,
                        int page, int size, LocalDate today) {
    }

    /** One page of the cases among {@code ids} that match the query, and their total. */
    public Map.Entry<List<MahoCase>, Long> page(Collection<UUID> ids, Query q) {
        StringBuilder where = new StringBuilder("c.id = ANY(CAST(:ids AS uuid[]))");
        Map<String, Object> params = new HashMap<>();
        params.put("ids", ids.stream().map(UUID::toString).toArray(String[]::new));
        if (q.status() != null) {
            where.append(" AND c.status = :status");
            params.put("status", q.status().name());
        }
        if (q.partner() != null && !q.partner().isBlank()) {
            where.append(" AND EXISTS (SELECT 1 FROM case_participant p WHERE p.case_id = c.id AND p.organisation = :partner)");
            params.put("partner", q.partner().trim());
        }
        if (q.track() != null && !q.track().isBlank()) {
            where.append(" AND EXISTS (SELECT 1 FROM case_intervention i WHERE i.case_id = c.id AND i.track = :track)");
            params.put("track", q.track().trim());
        }
        if (q.overdue()) {
            where.append("""
                     AND (EXISTS (SELECT 1 FROM case_action a WHERE a.case_id = c.id AND a.status IN ('OPEN', 'IN_PROGRESS')
                                  AND a.due_date < :today)
                          OR EXISTS (SELECT 1 FROM case_information_request r WHERE r.case_id = c.id AND r.answered_at IS NULL
                                  AND r.due_date < :today))""");
            params.put("today", Date.valueOf(q.today()));
        }
        String order = switch (q.sort() == null ? "" : q.sort()) {
            case "reference" -> "c.reference";
            case "title" -> "c.title";
            case "status" -> "c.status";
            case "urgency" -> "CASE c.urgency WHEN 'URGENT' THEN 3 WHEN 'HIGH' THEN 2 WHEN 'NORMAL' THEN 1 ELSE 0 END";
            default -> "c.submitted_at";
        } + (q.ascending() ? " ASC" : " DESC") + ", c.id";
        long total = jdbc.sql("SELECT count(*) FROM maho_case c WHERE " + where).params(params).query(Long.class).single();
        params.put("limit", q.size());
        params.put("offset", (long) q.page() * q.size());
        List<MahoCase> cases = new ArrayList<>(jdbc.sql("SELECT c.* FROM maho_case c WHERE " + where + " ORDER BY " + order
                + " LIMIT :limit OFFSET :offset").params(params).query((rs, row) -> mahoCase(rs)).list());
        return Map.entry(cases, total);
    }

    public Optional<UUID> byReferenceOrTitle(String title) {
        return jdbc.sql("SELECT id FROM maho_case WHERE title = ? ORDER BY submitted_at LIMIT 1").param(title)
                .query(UUID.class).optional();
    }

    static MahoCase mahoCase(ResultSet rs) throws SQLException {
        return new MahoCase(rs.getObject("id", UUID.class), rs.getString("reference"), rs.getString("title"),
                rs.getString("signal"), Urgency.valueOf(rs.getString("urgency")), CaseStatus.valueOf(rs.getString("status")),
                localDate(rs, "on_hold_until"), rs.getString("submitter_org"), rs.getString("submitted_by"),
                rs.getTimestamp("submitted_at").toInstant(), rs.getBoolean("confidential_participants"),
                rs.getString("screening"), rs.getInt("version"));
    }

    static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
