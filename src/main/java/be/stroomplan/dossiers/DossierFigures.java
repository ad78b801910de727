package be.stroomplan.dossiers;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import be.stroomplan.platform.ResultPage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Aggregate figures of KALI dossiers for the impact dashboard: seizures, arrests and official
 * reports, one SQL query each, over a {@link Scope} the caller decides (the dossiers a user may
 * read, {@link Dossiers#readableIds}, or every dossier for organisation-wide figures). Only
 * {@link #dossiers}, the drill-down, names dossiers.
 */
@Service
@Transactional(readOnly = true)
public class DossierFigures {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private final JdbcClient jdbc;

    DossierFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Which dossiers count: {@code ids} (null: all), in [{@code from}, {@code to}), owned by {@code partner} when set. */
    public record Scope(List<UUID> ids, Instant from, Instant to, String partner) {
    }

    /** Seizures of one kind (and drug) in the period: how many, kg, euro and items. */
    public record SeizureSum(String kind, String drug, long seizures, BigDecimal kg, BigDecimal eur, long items) {
    }

    /** One line of the drill-down. */
    public record DossierLine(UUID id, String noticeNumber, String title, String status, Instant createdAt) {
    }

    private String where(Scope scope, Map<String, Object> params) {
        StringBuilder where = new StringBuilder("TRUE");
        if (scope.ids() != null) {
            where.append(" AND d.id = ANY(CAST(:ids AS uuid[]))");
            params.put("ids", scope.ids().stream().map(UUID::toString).toArray(String[]::new));
        }
        if (scope.partner() != null) {
            where.append(" AND d.owner_org = :partner");
            params.put("partner", scope.partner());
        }
        params.put("from", Timestamp.from(scope.from()));
        params.put("to", Timestamp.from(scope.to()));
        params.put("fromDay", java.sql.Date.valueOf(scope.from().atZone(BRUSSELS).toLocalDate()));
        params.put("toDay", java.sql.Date.valueOf(scope.to().atZone(BRUSSELS).toLocalDate()));
        return where.toString();
    }

    /** Seizures made in the period, by kind and drug. */
    public List<SeizureSum> seizures(Scope scope) {
        Map<String, Object> params = new HashMap<>();
        String sql = """
                SELECT s.kind, s.drug_type, count(*), coalesce(sum(s.quantity_kg), 0), coalesce(sum(s.amount_eur), 0),
                       coalesce(sum(coalesce(s.item_count, 1)), 0)
                FROM dossier_seizure s JOIN dossier d ON d.id = s.dossier_id
                WHERE <scope> AND s.seized_on >= :fromDay AND s.seized_on < :toDay
                GROUP BY s.kind, s.drug_type ORDER BY s.kind, s.drug_type""".replace("<scope>", where(scope, params));
        return jdbc.sql(sql).params(params).query((rs, n) -> new SeizureSum(rs.getString(1), rs.getString(2), rs.getLong(3),
                rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getLong(6))).list();
    }

    /** Arrests made in the period. */
    public long arrests(Scope scope) {
        Map<String, Object> params = new HashMap<>();
        String sql = """
                SELECT count(*) FROM dossier_arrest a JOIN dossier d ON d.id = a.dossier_id
                WHERE <scope> AND a.arrested_on >= :fromDay AND a.arrested_on < :toDay""".replace("<scope>", where(scope, params));
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    /** Official report (PV) numbers added to dossiers in the period. */
    public long officialReports(Scope scope) {
        Map<String, Object> params = new HashMap<>();
        String sql = """
                SELECT count(*) FROM dossier_report r JOIN dossier d ON d.id = r.dossier_id
                WHERE <scope> AND r.added_at >= :from AND r.added_at < :to""".replace("<scope>", where(scope, params));
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    /** Dossiers opened in the period, by current status. */
    public Map<String, Long> byStatus(Scope scope) {
        Map<String, Object> params = new HashMap<>();
        String sql = """
                SELECT d.status, count(*) FROM dossier d
                WHERE <scope> AND d.created_at >= :from AND d.created_at < :to GROUP BY d.status ORDER BY d.status"""
                .replace("<scope>", where(scope, params));
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        jdbc.sql(sql).params(params).query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list()
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** The drill-down: dossiers with a seizure, an arrest or a report in the period, or opened in it; at most {@code limit}. */
    /**
     * One page of the dossiers opened in the period or with a seizure or an arrest in it, newest (or
     * oldest) first, and their total.
     */
    public ResultPage<DossierLine> dossiers(Scope scope, int page, int size, boolean oldestFirst) {
        Map<String, Object> params = new HashMap<>();
        String where = """
                WHERE <scope> AND ((d.created_at >= :from AND d.created_at < :to)
                   OR EXISTS (SELECT 1 FROM dossier_seizure s WHERE s.dossier_id = d.id AND s.seized_on >= :fromDay AND s.seized_on < :toDay)
                   OR EXISTS (SELECT 1 FROM dossier_arrest a WHERE a.dossier_id = d.id AND a.arrested_on >= :fromDay AND a.arrested_on < :toDay))"""
                .replace("<scope>", where(scope, params));
        long total = jdbc.sql("SELECT count(*) FROM dossier d " + where).params(params).query(Long.class).single();
        String order = oldestFirst ? "d.created_at ASC, d.id" : "d.created_at DESC, d.id";
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<DossierLine> lines = jdbc.sql("SELECT d.id, d.notice_number, d.title, d.status, d.created_at FROM dossier d " + where
                        + " ORDER BY " + order + " LIMIT :limit OFFSET :offset").params(params)
                .query((rs, n) -> new DossierLine(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant())).list();
        return new ResultPage<>(lines, page, size, total);
    }
}
