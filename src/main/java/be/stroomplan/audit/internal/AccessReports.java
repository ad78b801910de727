package be.stroomplan.audit.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The DPO's questions to the audit trail: who accessed this object or this compartment, and why;
 * and how much each user accessed in a period. Aggregates over the sealed chain, never content.
 */
@Component
public class AccessReports {

    /** The actions that touch protected data (logins and administration are not accesses). */
    public static final String ACCESS_ACTIONS = "('READ', 'SEARCH', 'EXPORT', 'DISCLOSE', 'DECONFLICT', 'DENIED')";

    private static final String ODD_HOUR = "(extract(hour FROM recorded_at AT TIME ZONE 'Europe/Brussels') >= 22"
            + " OR extract(hour FROM recorded_at AT TIME ZONE 'Europe/Brussels') < 6)";

    private final JdbcClient jdbc;

    AccessReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One line of "who accessed it": a user's accesses of one kind, for one purpose, on one legal basis. */
    public record Access(String user, String organisation, String action, String outcome, String purpose,
                         String legalBasis, long count, Instant first, Instant last) {
    }

    /**
     * Who accessed the object (any object type: subject, item, dossier, …) or anything in the
     * compartment, in [from, to), grouped by user, action, outcome, purpose and legal basis; most
     * recent first.
     */
    public List<Access> accesses(String objectId, String compartment, Instant from, Instant to) {
        return jdbc.sql("""
                SELECT actor_user, actor_organisation, action, outcome, purpose, legal_basis, count(*) AS n,
                       min(recorded_at) AS first_at, max(recorded_at) AS last_at
                FROM audit_event
                WHERE recorded_at >= ? AND recorded_at < ?
                  AND ((?::text IS NOT NULL AND object_id = ?) OR (?::text IS NOT NULL AND compartment = ?))
                  AND action IN %s
                GROUP BY actor_user, actor_organisation, action, outcome, purpose, legal_basis
                ORDER BY max(recorded_at) DESC, actor_user
                LIMIT 1000""".formatted(ACCESS_ACTIONS))
                .params(Timestamp.from(from), Timestamp.from(to), objectId, objectId, compartment, compartment)
                .query((rs, row) -> new Access(rs.getString("actor_user"), rs.getString("actor_organisation"),
                        rs.getString("action"), rs.getString("outcome"), rs.getString("purpose"),
                        rs.getString("legal_basis"), rs.getLong("n"), rs.getTimestamp("first_at").toInstant(),
                        rs.getTimestamp("last_at").toInstant()))
                .list();
    }

    /** Each user's access volume in [from, to), optionally of one organisation only; busiest first. */
    public List<UserActivity> activity(Instant from, Instant to, String organisation) {
        return jdbc.sql("""
                SELECT actor_user, max(actor_organisation) AS organisation, count(*) AS accesses,
                       count(*) FILTER (WHERE action = 'SEARCH') AS searches,
                       count(*) FILTER (WHERE action = 'READ') AS reads,
                       count(*) FILTER (WHERE action = 'DENIED' OR outcome = 'DENIED') AS denials,
                       count(*) FILTER (WHERE action = 'EXPORT') AS exports,
                       count(*) FILTER (WHERE %s) AS odd_hours,
                       count(DISTINCT object_id) AS objects
                FROM audit_event
                WHERE recorded_at >= ? AND recorded_at < ? AND (?::text IS NULL OR actor_organisation = ?)
                  AND actor_user NOT IN ('system', 'anonymous')
                  AND action IN %s
                GROUP BY actor_user
                ORDER BY count(*) DESC, actor_user""".formatted(ODD_HOUR, ACCESS_ACTIONS))
                .params(Timestamp.from(from), Timestamp.from(to), organisation, organisation)
                .query((rs, row) -> new UserActivity(rs.getString("actor_user"), rs.getString("organisation"),
                        rs.getLong("accesses"), rs.getLong("searches"), rs.getLong("reads"), rs.getLong("denials"),
                        rs.getLong("exports"), rs.getLong("odd_hours"), rs.getLong("objects")))
                .list();
    }
}
