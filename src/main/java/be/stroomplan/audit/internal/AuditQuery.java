package be.stroomplan.audit.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Pages through the sealed chain with the DPO's filters. */
@Component
public class AuditQuery {

    private final NamedParameterJdbcTemplate jdbc;

    AuditQuery(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public AuditPage find(AuditFilter filter, int page, int size, boolean ascending) {
        List<String> where = new ArrayList<>();
        MapSqlParameterSource params = new MapSqlParameterSource();
        if (filter.user() != null) {
            where.add("actor_user = :user");
            params.addValue("user", filter.user());
        }
        if (filter.objectId() != null) {
            where.add("object_id = :objectId");
            params.addValue("objectId", filter.objectId());
        }
        if (filter.organisation() != null) {
            where.add("actor_organisation = :organisation");
            params.addValue("organisation", filter.organisation());
        }
        if (filter.action() != null) {
            where.add("action = :action");
            params.addValue("action", filter.action().name());
        }
        if (filter.from() != null) {
            where.add("recorded_at >= :from");
            params.addValue("from", OffsetDateTime.ofInstant(filter.from(), ZoneOffset.UTC));
        }
        if (filter.toExclusive() != null) {
            where.add("recorded_at < :to");
            params.addValue("to", OffsetDateTime.ofInstant(filter.toExclusive(), ZoneOffset.UTC));
        }
        String condition = where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where);
        Long total = jdbc.queryForObject("SELECT count(*) FROM audit_event" + condition, params, Long.class);
        long totalElements = total == null ? 0 : total;
        params.addValue("limit", size);
        params.addValue("offset", (long) page * size);
        List<AuditEntry> items = jdbc.query("SELECT " + AuditEntry.COLUMNS + " FROM audit_event" + condition
                + " ORDER BY sequence " + (ascending ? "ASC" : "DESC") + " LIMIT :limit OFFSET :offset", params,
                AuditEntry.MAPPER);
        int totalPages = (int) ((totalElements + size - 1) / size);
        return new AuditPage(items, page, size, totalElements, totalPages);
    }

    /**
     * @param from inclusive lower bound, or {@code null}
     * @param toExclusive exclusive upper bound, or {@code null}
     */
    public record AuditFilter(String user, String objectId, String organisation, be.stroomplan.audit.AuditAction action,
            Instant from, Instant toExclusive) {
    }

    /** The JSON answer of {@code GET /api/v1/audit}. */
    public record AuditPage(List<AuditEntry> items, int page, int size, long totalElements, int totalPages) {
    }
}
