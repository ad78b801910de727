package be.stroomplan.cases;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import be.stroomplan.platform.ResultPage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Aggregate figures of MAHO cases for the impact dashboard: counts and sums only, one SQL query
 * each, over a {@link Scope} the caller decides (the cases a user takes part in, or every case
 * for organisation-wide figures). No method returns personal data except {@link #cases}, the
 * drill-down, which the caller offers only for cases the user takes part in.
 */
@Service
@Transactional(readOnly = true)
public class CaseFigures {

    private final JdbcClient jdbc;

    CaseFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Which cases count: {@code ids} (null: every case), in the period [{@code from}, {@code to})
     * and, when {@code partner} is not null, only cases that organisation takes part in.
     */
    public record Scope(List<UUID> ids, Instant from, Instant to, String partner) {
    }

    /** The outcomes recorded in the period. */
    public record Outcomes(long closures, long closureDays, long permitsRefused, long permitsWithdrawn,
                           long integrityInvestigations, BigDecimal taxAssessed, BigDecimal socialFines,
                           long officialReports, long arrests) {
    }

    /** Cases decided in the period and the mean days from intake to decision and from decision to execution. */
    public record LeadTimes(long decided, long executed, Double intakeToDecisionDays, Double decisionToExecutionDays) {
    }

    /** One line of the drill-down. */
    public record CaseLine(UUID id, String reference, String title, String status, Instant submittedAt) {
    }

    private String where(Scope scope, Map<String, Object> params) {
        StringBuilder where = new StringBuilder("TRUE");
        if (scope.ids() != null) {
            where.append(" AND c.id = ANY(CAST(:ids AS uuid[]))");
            params.put("ids", scope.ids().stream().map(UUID::toString).toArray(String[]::new));
        }
        if (scope.partner() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM case_participant p WHERE p.case_id = c.id AND p.organisation = :partner)");
            params.put("partner", scope.partner());
        }
        params.put("from", Timestamp.from(scope.from()));
        params.put("to", Timestamp.from(scope.to()));
        return where.toString();
    }

    private Map<String, Long> grouped(String sql, Scope scope) {
        Map<String, Object> params = new HashMap<>();
        String query = sql.replace("<scope>", where(scope, params));
        Map<String, Long> out = new LinkedHashMap<>();
        jdbc.sql(query).params(params).query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .list().forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** Cases submitted in the period, by their current status. */
    public Map<String, Long> byStatus(Scope scope) {
        return grouped("""
                SELECT c.status, count(*) FROM maho_case c
                WHERE <scope> AND c.submitted_at >= :from AND c.submitted_at < :to GROUP BY c.status ORDER BY c.status""", scope);
    }

    /** Cases submitted in the period, by month (yyyy-MM, Europe/Brussels). */
    public Map<String, Long> byMonth(Scope scope) {
        return grouped("""
                SELECT to_char(c.submitted_at AT TIME ZONE 'Europe/Brussels', 'YYYY-MM') m, count(*) FROM maho_case c
                WHERE <scope> AND c.submitted_at >= :from AND c.submitted_at < :to GROUP BY m ORDER BY m""", scope);
    }

    /** Cases with a decision in the period, by track (a case with two tracks counts in both). */
    public Map<String, Long> byTrack(Scope scope) {
        return grouped("""
                SELECT i.track, count(DISTINCT i.case_id) FROM case_intervention i
                JOIN case_decision d ON d.id = i.decision_id JOIN maho_case c ON c.id = i.case_id
                WHERE <scope> AND d.decided_at >= :from AND d.decided_at < :to GROUP BY i.track ORDER BY i.track""", scope);
    }

    /** Interventions decided in the period, by type. */
    public Map<String, Long> byIntervention(Scope scope) {
        return grouped("""
                SELECT i.intervention, count(*) FROM case_intervention i
                JOIN case_decision d ON d.id = i.decision_id JOIN maho_case c ON c.id = i.case_id
                WHERE <scope> AND d.decided_at >= :from AND d.decided_at < :to GROUP BY i.intervention ORDER BY i.intervention""",
                scope);
    }

    /** The outcomes recorded in the period. */
    public Outcomes outcomes(Scope scope) {
        Map<String, Object> params = new HashMap<>();
        String sql = """
                SELECT count(*) FILTER (WHERE o.closure_from IS NOT NULL),
                       coalesce(sum(o.closure_to - o.closure_from) FILTER (WHERE o.closure_to IS NOT NULL), 0),
                       count(*) FILTER (WHERE o.permit_refused), count(*) FILTER (WHERE o.permit_withdrawn),
                       count(*) FILTER (WHERE o.integrity_investigation),
                       coalesce(sum(o.tax_assessed), 0), coalesce(sum(o.social_fines), 0),
                       coalesce(sum(cardinality(o.official_reports)), 0), coalesce(sum(o.arrests), 0)
                FROM case_outcome o JOIN maho_case c ON c.id = o.case_id
                WHERE <scope> AND o.recorded_at >= :from AND o.recorded_at < :to""".replace("<scope>", where(scope, params));
        return jdbc.sql(sql).params(params).query((rs, n) -> new Outcomes(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                rs.getLong(4), rs.getLong(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getLong(8), rs.getLong(9))).single();
    }

    /** Lead times of the cases decided in the period (the first DECIDED and IN_EXECUTION of their history). */
    public LeadTimes leadTimes(Scope scope) {
        Map<String, Object> params = new HashMap<>();
        String sql = """
                SELECT count(*), count(x.executed),
                       CAST(avg(EXTRACT(EPOCH FROM (x.decided - x.intake)) / 86400) AS float8),
                       CAST(avg(EXTRACT(EPOCH FROM (x.executed - x.decided)) / 86400) AS float8)
                FROM (SELECT c.submitted_at intake,
                             min(t.at) FILTER (WHERE t.to_status = 'DECIDED') decided,
                             min(t.at) FILTER (WHERE t.to_status = 'IN_EXECUTION') executed
                      FROM maho_case c JOIN case_transition t ON t.case_id = c.id
                      WHERE <scope> AND t.to_status IN ('DECIDED', 'IN_EXECUTION')
                      GROUP BY c.id, c.submitted_at) x
                WHERE x.decided >= :from AND x.decided < :to""".replace("<scope>", where(scope, params));
        return jdbc.sql(sql).params(params).query((rs, n) -> new LeadTimes(rs.getLong(1), rs.getLong(2),
                (Double) rs.getObject(3), (Double) rs.getObject(4))).single();
    }

    /** Actions still open or in progress past their due date (today, not the period, decides). */
    public long overdueActions(Scope scope, LocalDate today) {
        Map<String, Object> params = new HashMap<>();
        String sql = """
                SELECT count(*) FROM case_action a JOIN maho_case c ON c.id = a.case_id
                WHERE <scope> AND a.status IN ('OPEN', 'IN_PROGRESS') AND a.due_date < :today""".replace("<scope>", where(scope, params));
        params.put("today", java.sql.Date.valueOf(today));
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    /** The ids of the cases submitted in the period (for figures other modules keep, such as addresses). */
    public List<UUID> ids(Scope scope) {
        Map<String, Object> params = new HashMap<>();
        String sql = "SELECT c.id FROM maho_case c WHERE <scope> AND c.submitted_at >= :from AND c.submitted_at < :to"
                .replace("<scope>", where(scope, params));
        return jdbc.sql(sql).params(params).query(UUID.class).list();
    }

    /** The drill-down: the cases submitted in the period, newest first, at most {@code limit}. */
    /** One page of the cases submitted in the period, newest (or oldest) first, and their total. */
    public ResultPage<CaseLine> cases(Scope scope, int page, int size, boolean oldestFirst) {
        Map<String, Object> params = new HashMap<>();
        String where = "WHERE " + where(scope, params) + " AND c.submitted_at >= :from AND c.submitted_at < :to";
        long total = jdbc.sql("SELECT count(*) FROM maho_case c " + where).params(params).query(Long.class).single();
        String order = oldestFirst ? "c.submitted_at ASC, c.id" : "c.submitted_at DESC, c.id";
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<CaseLine> lines = jdbc.sql("SELECT c.id, c.reference, c.title, c.status, c.submitted_at FROM maho_case c " + where
                        + " ORDER BY " + order + " LIMIT :limit OFFSET :offset").params(params)
                .query((rs, n) -> new CaseLine(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant())).list();
        return new ResultPage<>(lines, page, size, total);
    }
}
