package be.stroomplan.cases.internal;

import static be.stroomplan.cases.internal.CaseStore.date;
import static be.stroomplan.cases.internal.CaseStore.localDate;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import be.stroomplan.cases.ActionStatus;
import be.stroomplan.cases.CaseAction;
import be.stroomplan.cases.CaseNotification;
import be.stroomplan.cases.Decision;
import be.stroomplan.cases.InformationRequest;
import be.stroomplan.cases.Intervention;
import be.stroomplan.cases.Outcome;
import be.stroomplan.cases.Track;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Information requests, decisions with interventions, actions, outcomes and notifications of cases. */
@Repository
public class CaseWorkStore {

    private final JdbcClient jdbc;

    CaseWorkStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // information requests ----------------------------------------------------------------------

    public void insert(InformationRequest r) {
        jdbc.sql("""
                INSERT INTO case_information_request (id, case_id, organisation, question, due_date, requested_by, requested_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(r.id(), r.caseId(), r.organisation(), r.question(), date(r.due()), r.requestedBy(),
                        Timestamp.from(r.requestedAt())).update();
    }

    public boolean answer(UUID requestId, String by, Instant at, UUID item, String note) {
        return jdbc.sql("""
                UPDATE case_information_request SET answered_by = ?, answered_at = ?, answer_item = ?, answer_note = ?
                WHERE id = ? AND answered_at IS NULL""").params(by, Timestamp.from(at), item, note, requestId).update() == 1;
    }

    public List<InformationRequest> requests(UUID caseId) {
        return jdbc.sql("SELECT * FROM case_information_request WHERE case_id = ? ORDER BY requested_at, id").param(caseId)
                .query((rs, row) -> request(rs)).list();
    }

    public Optional<InformationRequest> request(UUID caseId, UUID id) {
        return jdbc.sql("SELECT * FROM case_information_request WHERE case_id = ? AND id = ?").params(caseId, id)
                .query((rs, row) -> request(rs)).optional();
    }

    private static InformationRequest request(ResultSet rs) throws SQLException {
        Timestamp answered = rs.getTimestamp("answered_at");
        return new InformationRequest(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
                rs.getString("organisation"), rs.getString("question"), localDate(rs, "due_date"), rs.getString("requested_by"),
                rs.getTimestamp("requested_at").toInstant(), rs.getString("answered_by"),
                answered == null ? null : answered.toInstant(), rs.getObject("answer_item", UUID.class), rs.getString("answer_note"));
    }

    // decisions -----------------------------------------------------------------------------------

    public void insert(Decision d) {
        jdbc.sql("""
                INSERT INTO case_decision (id, case_id, lead_org, rationale, meeting_id, decided_by, decided_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(d.id(), d.caseId(), d.leadOrganisation(), d.rationale(), d.meeting(), d.decidedBy(),
                        Timestamp.from(d.decidedAt())).update();
        for (Decision.Line line : d.interventions()) {
            jdbc.sql("""
                    INSERT INTO case_intervention (id, decision_id, case_id, track, intervention, lead_org, starts_on, ends_on, rationale)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(line.id(), d.id(), d.caseId(), line.track().name(), line.intervention().name(), line.leadOrganisation(),
                            date(line.from()), date(line.to()), line.rationale()).update();
        }
    }

    public List<Decision> decisions(UUID caseId) {
        List<Decision> decisions = new ArrayList<>();
        jdbc.sql("SELECT * FROM case_decision WHERE case_id = ? ORDER BY decided_at, id").param(caseId).query((rs, row) -> {
            UUID id = rs.getObject("id", UUID.class);
            decisions.add(new Decision(id, caseId, rs.getString("lead_org"), rs.getString("rationale"),
                    rs.getObject("meeting_id", UUID.class), rs.getString("decided_by"), rs.getTimestamp("decided_at").toInstant(),
                    List.of()));
            return id;
        }).list();
        return decisions.stream().map(d -> new Decision(d.id(), d.caseId(), d.leadOrganisation(), d.rationale(), d.meeting(),
                d.decidedBy(), d.decidedAt(), lines(d.id()))).toList();
    }

    private List<Decision.Line> lines(UUID decisionId) {
        return jdbc.sql("SELECT * FROM case_intervention WHERE decision_id = ? ORDER BY track, intervention, id").param(decisionId)
                .query((rs, row) -> new Decision.Line(rs.getObject("id", UUID.class), Track.valueOf(rs.getString("track")),
                        Intervention.valueOf(rs.getString("intervention")), rs.getString("lead_org"), localDate(rs, "starts_on"),
                        localDate(rs, "ends_on"), rs.getString("rationale")))
                .list();
    }

    public boolean interventionOf(UUID caseId, UUID interventionId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM case_intervention WHERE case_id = ? AND id = ?)")
                .params(caseId, interventionId).query(Boolean.class).single();
    }

    // actions -------------------------------------------------------------------------------------

    public void insert(CaseAction a) {
        jdbc.sql("""
                INSERT INTO case_action (id, case_id, intervention_id, title, assigned_org, assigned_user, due_date, status,
                    result, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(a.id(), a.caseId(), a.intervention(), a.title(), a.organisation(), a.user(), date(a.due()),
                        a.status().name(), a.result(), a.createdBy(), Timestamp.from(a.createdAt())).update();
    }

    public void update(UUID actionId, ActionStatus status, String result) {
        jdbc.sql("UPDATE case_action SET status = ?, result = ? WHERE id = ?").params(status.name(), result, actionId).update();
    }

    public List<CaseAction> actions(UUID caseId) {
        return jdbc.sql("SELECT * FROM case_action WHERE case_id = ? ORDER BY due_date, id").param(caseId)
                .query((rs, row) -> action(rs)).list();
    }

    public Optional<CaseAction> action(UUID caseId, UUID id) {
        return jdbc.sql("SELECT * FROM case_action WHERE case_id = ? AND id = ?").params(caseId, id)
                .query((rs, row) -> action(rs)).optional();
    }

    /** Open actions past their due date whose overdue notice has not gone out yet; marks them noticed. */
    public List<CaseAction> claimOverdue(LocalDate today, Instant now) {
        return jdbc.sql("""
                UPDATE case_action SET overdue_noticed_at = ? WHERE id IN (
                    SELECT id FROM case_action WHERE status IN ('OPEN', 'IN_PROGRESS') AND due_date < ?
                    AND overdue_noticed_at IS NULL FOR UPDATE SKIP LOCKED) RETURNING *""")
                .params(Timestamp.from(now), date(today)).query((rs, row) -> action(rs)).list();
    }

    /** Every open action past its due date among the given cases, oldest first. */
    public List<CaseAction> overdue(List<UUID> caseIds, LocalDate today) {
        return jdbc.sql("""
                SELECT * FROM case_action WHERE case_id = ANY(CAST(? AS uuid[])) AND status IN ('OPEN', 'IN_PROGRESS')
                AND due_date < ? ORDER BY due_date, id""")
                .params(caseIds.stream().map(UUID::toString).toArray(String[]::new), date(today))
                .query((rs, row) -> action(rs)).list();
    }

    private static CaseAction action(ResultSet rs) throws SQLException {
        return new CaseAction(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
                rs.getObject("intervention_id", UUID.class), rs.getString("title"), rs.getString("assigned_org"),
                rs.getString("assigned_user"), localDate(rs, "due_date"), ActionStatus.valueOf(rs.getString("status")),
                rs.getString("result"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
    }

    // outcome -------------------------------------------------------------------------------------

    public void putOutcome(UUID caseId, Outcome o, String by, Instant at) {
        jdbc.sql("""
                INSERT INTO case_outcome (case_id, closure_from, closure_to, permit_refused, permit_withdrawn,
                    integrity_investigation, tax_assessed, social_fines, official_reports, arrests, seizures, recorded_by, recorded_at)
                VALUES (:c, :from, :to, :refused, :withdrawn, :integrity, :tax, :fines, CAST(:reports AS text[]), :arrests,
                    :seizures, :by, :at)
                ON CONFLICT (case_id) DO UPDATE SET closure_from = EXCLUDED.closure_from, closure_to = EXCLUDED.closure_to,
                    permit_refused = EXCLUDED.permit_refused, permit_withdrawn = EXCLUDED.permit_withdrawn,
                    integrity_investigation = EXCLUDED.integrity_investigation, tax_assessed = EXCLUDED.tax_assessed,
                    social_fines = EXCLUDED.social_fines, official_reports = EXCLUDED.official_reports,
                    arrests = EXCLUDED.arrests, seizures = EXCLUDED.seizures, recorded_by = EXCLUDED.recorded_by,
                    recorded_at = EXCLUDED.recorded_at""")
                .param("c", caseId).param("from", date(o.closureFrom())).param("to", date(o.closureTo()))
                .param("refused", o.permitRefused()).param("withdrawn", o.permitWithdrawn())
                .param("integrity", o.integrityInvestigation()).param("tax", o.taxAssessed()).param("fines", o.socialFines())
                .param("reports", o.officialReports().toArray(String[]::new)).param("arrests", o.arrests())
                .param("seizures", o.seizures()).param("by", by).param("at", Timestamp.from(at)).update();
    }

    public Optional<Outcome> outcome(UUID caseId) {
        return jdbc.sql("SELECT * FROM case_outcome WHERE case_id = ?").param(caseId).query((rs, row) -> {
            Array reports = rs.getArray("official_reports");
            return new Outcome(localDate(rs, "closure_from"), localDate(rs, "closure_to"), rs.getBoolean("permit_refused"),
                    rs.getBoolean("permit_withdrawn"), rs.getBoolean("integrity_investigation"), rs.getBigDecimal("tax_assessed"),
                    rs.getBigDecimal("social_fines"), reports == null ? List.of() : List.of((String[]) reports.getArray()),
                    rs.getInt("arrests"), rs.getString("seizures"));
        }).optional();
    }

    // notifications -------------------------------------------------------------------------------

    public void notify(CaseNotification n) {
        jdbc.sql("INSERT INTO case_notification (id, username, case_id, kind, text, created_at) VALUES (?, ?, ?, ?, ?, ?)")
                .params(n.id(), n.username(), n.caseId(), n.kind(), n.text(), Timestamp.from(n.createdAt())).update();
    }

    public List<CaseNotification> notifications(String username, int limit) {
        return jdbc.sql("SELECT * FROM case_notification WHERE username = ? ORDER BY created_at DESC, id LIMIT ?")
                .params(username, limit)
                .query((rs, row) -> {
                    Timestamp read = rs.getTimestamp("read_at");
                    return new CaseNotification(rs.getObject("id", UUID.class), rs.getString("username"),
                            rs.getObject("case_id", UUID.class), rs.getString("kind"), rs.getString("text"),
                            rs.getTimestamp("created_at").toInstant(), read == null ? null : read.toInstant());
                }).list();
    }

    public int markRead(String username, Instant at) {
        return jdbc.sql("UPDATE case_notification SET read_at = ? WHERE username = ? AND read_at IS NULL")
                .params(Timestamp.from(at), username).update();
    }
}
