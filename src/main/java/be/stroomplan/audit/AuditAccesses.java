package be.stroomplan.audit;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import be.stroomplan.audit.internal.AccessReports;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Who accessed a set of objects, from the sealed audit trail: for reports to the DPO and to data
 * subjects (the right of access includes the recipients). Reads, searches, exports, disclosures,
 * deconflictions and refusals count; logins and administration do not.
 */
@Service
public class AuditAccesses {

    private final JdbcClient jdbc;
    private final AuditTrail trail;

    AuditAccesses(JdbcClient jdbc, AuditTrail trail) {
        this.jdbc = jdbc;
        this.trail = trail;
    }

    /** One line: a user's accesses of one kind to one object, for one purpose, on one legal basis. */
    public record ObjectAccess(String objectType, String objectId, String user, String organisation, String action,
                               String outcome, String purpose, String legalBasis, List<String> recipients, long count,
                               Instant first, Instant last) {
    }

    /** Every access to any of the objects, grouped, oldest first; pending records are sealed first. */
    public List<ObjectAccess> of(Collection<String> objectIds) {
        if (objectIds.isEmpty()) {
            return List.of();
        }
        trail.flush();
        return jdbc.sql("""
                SELECT object_type, object_id, actor_user, actor_organisation, action, outcome, purpose, legal_basis,
                       coalesce(recipients, '{}') AS recipients, count(*) AS n, min(recorded_at) AS first_at,
                       max(recorded_at) AS last_at
                FROM audit_event
                WHERE object_id = ANY(?) AND action IN %s
                GROUP BY object_type, object_id, actor_user, actor_organisation, action, outcome, purpose, legal_basis,
                         coalesce(recipients, '{}')
                ORDER BY min(recorded_at), object_id""".formatted(AccessReports.ACCESS_ACTIONS))
                .param(objectIds.toArray(String[]::new))
                .query((rs, row) -> new ObjectAccess(rs.getString("object_type"), rs.getString("object_id"),
                        rs.getString("actor_user"), rs.getString("actor_organisation"), rs.getString("action"),
                        rs.getString("outcome"), rs.getString("purpose"), rs.getString("legal_basis"),
                        List.of((String[]) rs.getArray("recipients").getArray()), rs.getLong("n"),
                        rs.getTimestamp("first_at").toInstant(), rs.getTimestamp("last_at").toInstant()))
                .list();
    }
}
