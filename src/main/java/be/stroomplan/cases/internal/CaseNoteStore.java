package be.stroomplan.cases.internal;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import be.stroomplan.cases.CaseNote;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table {@code case_note}: timeline notes that are not status moves. */
@Repository
public class CaseNoteStore {

    private final JdbcClient jdbc;

    CaseNoteStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(CaseNote n) {
        jdbc.sql("INSERT INTO case_note (id, case_id, kind, text, by_user, by_org, at) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(n.id(), n.caseId(), n.kind(), n.text(), n.byUser(), n.byOrganisation(), Timestamp.from(n.at())).update();
    }

    public List<CaseNote> of(UUID caseId) {
        return jdbc.sql("SELECT * FROM case_note WHERE case_id = ? ORDER BY at, id").param(caseId)
                .query((rs, row) -> new CaseNote(rs.getObject("id", UUID.class), rs.getObject("case_id", UUID.class),
                        rs.getString("kind"), rs.getString("text"), rs.getString("by_user"), rs.getString("by_org"),
                        rs.getTimestamp("at").toInstant())).list();
    }
}
