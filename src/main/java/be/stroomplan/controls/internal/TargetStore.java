package be.stroomplan.controls.internal;

import static be.stroomplan.controls.internal.ControlStore.ts;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import be.stroomplan.controls.ControlResult;
import be.stroomplan.controls.ControlTarget;
import be.stroomplan.controls.FeedbackRecord;
import be.stroomplan.controls.TargetKind;
import be.stroomplan.controls.TargetTicket;
import be.stroomplan.deconfliction.CheckItem;
import be.stroomplan.deconfliction.CheckStatus;
import be.stroomplan.deconfliction.DeconflictionDecision;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Targets with what is checked for them and their tickets, results and feedback (tables control_target*, _result, _feedback). */
@Repository
public class TargetStore {

    private final JdbcClient jdbc;

    TargetStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(ControlTarget t) {
        int position = jdbc.sql("SELECT count(*) FROM control_target WHERE action_id = ?").param(t.actionId())
                .query(Integer.class).single();
        jdbc.sql("""
                INSERT INTO control_target (id, action_id, position, subject_id, kind, label, address)
                VALUES (:id, :action, :position, :subject, :kind, :label, :address)""")
                .param("id", t.id()).param("action", t.actionId()).param("position", position).param("subject", t.subjectId())
                .param("kind", t.kind().name()).param("label", t.label()).param("address", t.address()).update();
        for (int i = 0; i < t.identifiers().size(); i++) {
            CheckItem item = t.identifiers().get(i);
            jdbc.sql("INSERT INTO control_target_identifier (target_id, position, type, value, birth_date) VALUES (?, ?, ?, ?, ?)")
                    .params(t.id(), i, item.type(), item.value(), item.birthDate() == null ? null : Date.valueOf(item.birthDate()))
                    .update();
        }
    }

    public List<ControlTarget> targets(UUID actionId) {
        List<ControlTarget> bare = jdbc.sql("SELECT * FROM control_target WHERE action_id = ? ORDER BY position").param(actionId)
                .query((rs, n) -> new ControlTarget(rs.getObject("id", UUID.class), actionId, rs.getObject("subject_id", UUID.class),
                        TargetKind.valueOf(rs.getString("kind")), rs.getString("label"), rs.getString("address"), List.of(),
                        rs.getString("check_status") == null ? null : CheckStatus.valueOf(rs.getString("check_status")), List.of()))
                .list();
        List<ControlTarget> full = new ArrayList<>();
        for (ControlTarget t : bare) {
            full.add(new ControlTarget(t.id(), t.actionId(), t.subjectId(), t.kind(), t.label(), t.address(), identifiers(t.id()),
                    t.checkStatus(), tickets(t.id())));
        }
        return full;
    }

    public Optional<ControlTarget> target(UUID actionId, UUID targetId) {
        return targets(actionId).stream().filter(t -> t.id().equals(targetId)).findFirst();
    }

    private List<CheckItem> identifiers(UUID targetId) {
        return jdbc.sql("SELECT type, value, birth_date FROM control_target_identifier WHERE target_id = ? ORDER BY position")
                .param(targetId).query((rs, n) -> new CheckItem(rs.getString("type"), rs.getString("value"),
                        rs.getDate("birth_date") == null ? null : rs.getDate("birth_date").toLocalDate())).list();
    }

    private List<TargetTicket> tickets(UUID targetId) {
        return jdbc.sql("SELECT * FROM control_target_ticket WHERE target_id = ? ORDER BY ticket").param(targetId)
                .query((rs, n) -> new TargetTicket(rs.getObject("ticket", UUID.class),
                        rs.getString("decision") == null ? null : DeconflictionDecision.valueOf(rs.getString("decision")),
                        rs.getString("conditions"), rs.getDate("postponed_until") == null ? null
                        : rs.getDate("postponed_until").toLocalDate(),
                        rs.getTimestamp("decided_at") == null ? null : rs.getTimestamp("decided_at").toInstant())).list();
    }

    /** Stores the deconfliction answer of a target: CLEAR, or ON_HOLD with its tickets. */
    public void checked(UUID targetId, CheckStatus status, List<UUID> tickets) {
        jdbc.sql("UPDATE control_target SET check_status = ? WHERE id = ?").params(status.name(), targetId).update();
        for (UUID ticket : tickets) {
            jdbc.sql("INSERT INTO control_target_ticket (ticket, target_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                    .params(ticket, targetId).update();
        }
    }

    /** Records the magistrate's decision on a ticket; the action it belongs to, if the ticket is one of ours. */
    public Optional<UUID> decided(UUID ticket, DeconflictionDecision decision, String conditions, LocalDate until, Instant at) {
        return jdbc.sql("""
                UPDATE control_target_ticket k SET decision = :decision, conditions = :conditions, postponed_until = :until,
                    decided_at = :at
                FROM control_target t WHERE k.ticket = :ticket AND t.id = k.target_id RETURNING t.action_id""")
                .param("decision", decision.name()).param("conditions", conditions)
                .param("until", until == null ? null : Date.valueOf(until)).param("at", ts(at)).param("ticket", ticket)
                .query(UUID.class).optional();
    }

    public void insert(ControlResult r) {
        jdbc.sql("""
                INSERT INTO control_result (id, action_id, target_id, organisation, findings, official_reports, violations,
                    violation_kind, closure_until, seizure_kind, seizure_quantity, seizure_value, arrests, fines, entered_by, entered_at)
                VALUES (:id, :action, :target, :org, :findings, :reports, :violations, :violationKind, :closure, :seizureKind,
                    :quantity, :value, :arrests, :fines, :by, :at)""")
                .param("id", r.id()).param("action", r.actionId()).param("target", r.targetId()).param("org", r.organisation())
                .param("findings", r.findings()).param("reports", String.join("\n", r.officialReports()))
                .param("violations", r.violations()).param("violationKind", r.violationKind())
                .param("closure", r.closureUntil() == null ? null : Date.valueOf(r.closureUntil()))
                .param("seizureKind", r.seizureKind()).param("quantity", r.seizureQuantity()).param("value", r.seizureValue())
                .param("arrests", r.arrests()).param("fines", r.fines()).param("by", r.enteredBy()).param("at", ts(r.enteredAt()))
                .update();
    }

    public List<ControlResult> results(UUID actionId) {
        return jdbc.sql("SELECT * FROM control_result WHERE action_id = ? ORDER BY organisation, entered_at, id").param(actionId)
                .query((rs, n) -> new ControlResult(rs.getObject("id", UUID.class), actionId, rs.getObject("target_id", UUID.class),
                        rs.getString("organisation"), rs.getString("findings"), reports(rs.getString("official_reports")),
                        rs.getInt("violations"), rs.getString("violation_kind"),
                        rs.getDate("closure_until") == null ? null : rs.getDate("closure_until").toLocalDate(),
                        rs.getString("seizure_kind"), rs.getBigDecimal("seizure_quantity"), rs.getBigDecimal("seizure_value"),
                        rs.getInt("arrests"), rs.getBigDecimal("fines"), rs.getString("entered_by"),
                        rs.getTimestamp("entered_at").toInstant())).list();
    }

    private static List<String> reports(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split("\n"));
    }

    public void addFeedback(UUID actionId, FeedbackRecord f) {
        jdbc.sql("""
                INSERT INTO control_feedback (id, action_id, organisation, item_id, compartment, recipient, disclosed, reasons, at)
                VALUES (:id, :action, :org, :item, :compartment, :recipient, :disclosed, :reasons, :at)""")
                .param("id", f.id()).param("action", actionId).param("org", f.organisation()).param("item", f.item())
                .param("compartment", f.compartment()).param("recipient", f.recipient()).param("disclosed", f.disclosed())
                .param("reasons", f.reasons()).param("at", ts(f.at())).update();
    }

    public List<FeedbackRecord> feedback(UUID actionId) {
        return jdbc.sql("SELECT * FROM control_feedback WHERE action_id = ? ORDER BY at, organisation, recipient").param(actionId)
                .query((rs, n) -> new FeedbackRecord(rs.getObject("id", UUID.class), rs.getString("organisation"),
                        rs.getObject("item_id", UUID.class), rs.getObject("compartment", UUID.class), rs.getString("recipient"),
                        rs.getBoolean("disclosed"), rs.getString("reasons"), rs.getTimestamp("at").toInstant())).list();
    }

    /** Counts for the impact figures over actions starting in [from, to). */
    public record Totals(long executed, long checked, long onHold, long violations, long reports, long closures, long arrests,
                         BigDecimal fines, BigDecimal seizureValue) {
    }

    /**
     * The totals over the actions starting in [from, to): of the actions in {@code actions} (every
     * action when null), and only those a {@code partner} organisation serves in (any when null).
     */
    public Totals totals(Instant from, Instant to, List<UUID> actions, String partner) {
        String scope = "a.starts_at >= :from AND a.starts_at < :to"
                + (actions == null ? "" : " AND a.id = ANY(:actions)")
                + (partner == null ? "" : " AND EXISTS (SELECT 1 FROM control_service s WHERE s.action_id = a.id AND s.organisation = :partner)");
        long executed = scoped(jdbc.sql("SELECT count(*) FROM control_action a WHERE " + scope
                + " AND a.status IN ('EXECUTED', 'REPORTED')"), from, to, actions, partner).query(Long.class).single();
        var targets = scoped(jdbc.sql("""
                SELECT count(*) FILTER (WHERE t.check_status IS NOT NULL) AS checked,
                       count(*) FILTER (WHERE t.check_status = 'ON_HOLD') AS on_hold
                FROM control_target t JOIN control_action a ON a.id = t.action_id
                WHERE a.status <> 'CANCELLED' AND\s""" + scope), from, to, actions, partner)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        return scoped(jdbc.sql("""
                SELECT coalesce(sum(r.violations), 0) AS violations,
                       coalesce(sum(CASE WHEN r.official_reports = '' THEN 0
                                         ELSE array_length(string_to_array(r.official_reports, E'\\n'), 1) END), 0) AS reports,
                       count(*) FILTER (WHERE r.closure_until IS NOT NULL) AS closures,
                       coalesce(sum(r.arrests), 0) AS arrests, coalesce(sum(r.fines), 0) AS fines,
                       coalesce(sum(r.seizure_value), 0) AS seizure_value
                FROM control_result r JOIN control_action a ON a.id = r.action_id
                WHERE a.status IN ('EXECUTED', 'REPORTED') AND\s""" + scope), from, to, actions, partner)
                .query((rs, n) -> new Totals(executed, targets[0], targets[1], rs.getLong("violations"), rs.getLong("reports"),
                        rs.getLong("closures"), rs.getLong("arrests"), rs.getBigDecimal("fines"), rs.getBigDecimal("seizure_value")))
                .single();
    }

    private static JdbcClient.StatementSpec scoped(JdbcClient.StatementSpec sql, Instant from, Instant to, List<UUID> actions,
                                                   String partner) {
        sql = sql.param("from", ts(from)).param("to", ts(to));
        if (actions != null) {
            sql = sql.param("actions", actions.toArray(UUID[]::new));
        }
        return partner == null ? sql : sql.param("partner", partner);
    }
}
