package be.stroomplan.cases.internal;

import java.sql.Array;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import be.stroomplan.cases.Meeting;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables {@code maho_meeting} and {@code meeting_agenda_item}. */
@Repository
public class MeetingStore {

    private final JdbcClient jdbc;

    MeetingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Meeting m) {
        jdbc.sql("""
                INSERT INTO maho_meeting (id, held_at, place, chair, attendees, created_by, created_at)
                VALUES (:id, :at, :place, :chair, CAST(:attendees AS text[]), :by, :created)""")
                .param("id", m.id()).param("at", Timestamp.from(m.heldAt())).param("place", m.place()).param("chair", m.chair())
                .param("attendees", m.attendees().toArray(String[]::new)).param("by", m.createdBy())
                .param("created", Timestamp.from(m.createdAt())).update();
        for (Meeting.AgendaItem a : m.agenda()) {
            jdbc.sql("INSERT INTO meeting_agenda_item (meeting_id, case_id, position) VALUES (?, ?, ?)")
                    .params(m.id(), a.caseId(), a.position()).update();
        }
    }

    public int minutes(UUID meeting, UUID caseId, String minutes, String decision) {
        return jdbc.sql("UPDATE meeting_agenda_item SET minutes = ?, decision = ? WHERE meeting_id = ? AND case_id = ?")
                .params(minutes, decision, meeting, caseId).update();
    }

    public Optional<Meeting> find(UUID id) {
        return jdbc.sql("SELECT * FROM maho_meeting WHERE id = ?").param(id).query((rs, row) -> {
            Array attendees = rs.getArray("attendees");
            return new Meeting(id, rs.getTimestamp("held_at").toInstant(), rs.getString("place"), rs.getString("chair"),
                    attendees == null ? List.of() : List.of((String[]) attendees.getArray()), rs.getString("created_by"),
                    rs.getTimestamp("created_at").toInstant(), agenda(id));
        }).optional();
    }

    /** The meetings that have the case on their agenda, latest first. */
    public List<UUID> ofCase(UUID caseId) {
        return jdbc.sql("""
                SELECT m.id FROM maho_meeting m JOIN meeting_agenda_item a ON a.meeting_id = m.id
                WHERE a.case_id = ? ORDER BY m.held_at DESC, m.id""").param(caseId).query(UUID.class).list();
    }

    public List<UUID> recent(int limit) {
        return jdbc.sql("SELECT id FROM maho_meeting ORDER BY held_at DESC, id LIMIT ?").param(limit).query(UUID.class).list();
    }

    private List<Meeting.AgendaItem> agenda(UUID meeting) {
        return jdbc.sql("""
                SELECT a.*, c.reference, c.title FROM meeting_agenda_item a JOIN maho_case c ON c.id = a.case_id
                WHERE a.meeting_id = ? ORDER BY a.position""").param(meeting)
                .query((rs, row) -> new Meeting.AgendaItem(rs.getObject("case_id", UUID.class), rs.getString("reference"),
                        rs.getString("title"), rs.getInt("position"), rs.getString("minutes"), rs.getString("decision")))
                .list();
    }
}
