package be.stroomplan.dossiers.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import be.stroomplan.dossiers.Dossier;
import be.stroomplan.dossiers.DossierStatus;
import be.stroomplan.dossiers.NoticeNumber;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables {@code dossier}, {@code dossier_report} and {@code dossier_link}. */
@Repository
public class DossierStore {

    /** The columns a list sorts on; constants, never user input. */
    public enum Sort {
        CREATED("d.created_at"),
        NOTICE_NUMBER("d.notice_number"),
        TITLE("lower(d.title)"),
        STATUS("d.status");

        private final String column;

        Sort(String column) {
            this.column = column;
        }
    }

    private final JdbcClient jdbc;

    DossierStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Dossier d) {
        jdbc.sql("""
                INSERT INTO dossier (id, notice_number, title, status, magistrate, lead_investigator, judge, joined_into,
                    restricted, owner_org, created_by, created_at, updated_at, version)
                VALUES (:id, :notice, :title, :status, :magistrate, :lead, :judge, :joined, :restricted, :owner, :by, :at, :at, 1)""")
                .param("id", d.id()).param("notice", d.noticeNumber().value()).param("title", d.title())
                .param("status", d.status().name()).param("magistrate", d.magistrate()).param("lead", d.leadInvestigator())
                .param("judge", d.judge()).param("joined", d.joinedInto()).param("restricted", d.restricted())
                .param("owner", d.ownerOrganisation()).param("by", d.createdBy()).param("at", Timestamp.from(d.createdAt()))
                .update();
    }

    public Optional<Dossier> find(UUID id) {
        return jdbc.sql("SELECT * FROM dossier d WHERE id = ?").param(id).query((rs, row) -> dossier(rs)).optional();
    }

    public Optional<Dossier> lock(UUID id) {
        return jdbc.sql("SELECT * FROM dossier d WHERE id = ? FOR UPDATE").param(id).query((rs, row) -> dossier(rs)).optional();
    }

    public boolean noticeNumberTaken(String noticeNumber) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM dossier WHERE notice_number = ?)").param(noticeNumber)
                .query(Boolean.class).single();
    }

    /** Writes the new status; false when the version moved meanwhile. */
    public boolean updateStatus(Dossier after) {
        return jdbc.sql("""
                UPDATE dossier SET status = :status, judge = :judge, joined_into = :joined, updated_at = :at, version = :version
                WHERE id = :id AND version = :previous""")
                .param("status", after.status().name()).param("judge", after.judge()).param("joined", after.joinedInto())
                .param("at", Timestamp.from(after.updatedAt())).param("version", after.version())
                .param("id", after.id()).param("previous", after.version() - 1).update() == 1;
    }

    /** One page of the dossiers among {@code ids}, optionally of one status. */
    public List<Dossier> page(Collection<UUID> ids, DossierStatus status, Sort sort, boolean ascending, int limit, long offset) {
        return jdbc.sql("SELECT d.* FROM dossier d WHERE d.id = ANY(:ids) AND (CAST(:status AS text) IS NULL OR d.status = :status)"
                        + " ORDER BY " + sort.column + (ascending ? " ASC" : " DESC") + ", d.id LIMIT :limit OFFSET :offset")
                .param("ids", ids.toArray(UUID[]::new)).param("status", status == null ? null : status.name())
                .param("limit", limit).param("offset", offset)
                .query((rs, row) -> dossier(rs)).list();
    }

    public long count(Collection<UUID> ids, DossierStatus status) {
        return jdbc.sql("SELECT count(*) FROM dossier d WHERE d.id = ANY(:ids) AND (CAST(:status AS text) IS NULL OR d.status = :status)")
                .param("ids", ids.toArray(UUID[]::new)).param("status", status == null ? null : status.name())
                .query(Long.class).single();
    }

    // official reports ------------------------------------------------------------------------

    public boolean addReport(UUID dossier, String number, String by, Instant at) {
        return jdbc.sql("""
                INSERT INTO dossier_report (dossier_id, number, added_by, added_at) VALUES (?, ?, ?, ?)
                ON CONFLICT DO NOTHING""").params(dossier, number, by, Timestamp.from(at)).update() == 1;
    }

    public List<String> reports(UUID dossier) {
        return jdbc.sql("SELECT number FROM dossier_report WHERE dossier_id = ? ORDER BY added_at, number").param(dossier)
                .query(String.class).list();
    }

    // links -----------------------------------------------------------------------------------

    public boolean link(UUID one, UUID other, String reason, String by, Instant at) {
        UUID a = one.toString().compareTo(other.toString()) < 0 ? one : other; // PostgreSQL orders uuids as unsigned bytes
        UUID b = a.equals(one) ? other : one;
        return jdbc.sql("""
                INSERT INTO dossier_link (dossier_a, dossier_b, reason, linked_by, linked_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING""").params(a, b, reason, by, Timestamp.from(at)).update() == 1;
    }

    /** The ids of the dossiers linked to this one. */
    public List<UUID> links(UUID dossier) {
        return jdbc.sql("""
                SELECT dossier_b AS other FROM dossier_link WHERE dossier_a = :d
                UNION SELECT dossier_a FROM dossier_link WHERE dossier_b = :d""")
                .param("d", dossier).query(UUID.class).list();
    }

    // deconfliction ---------------------------------------------------------------------------

    /** The subject ids on the dossiers that are OPEN or under JUDICIAL_INVESTIGATION, by dossier. */
    public List<UUID[]> openDossierSubjects() {
        return jdbc.sql("""
                SELECT s.dossier_id, s.subject_id FROM dossier_subject s JOIN dossier d ON d.id = s.dossier_id
                WHERE d.status IN ('OPEN', 'JUDICIAL_INVESTIGATION') ORDER BY s.dossier_id, s.subject_id""")
                .query((rs, row) -> new UUID[] { rs.getObject(1, UUID.class), rs.getObject(2, UUID.class) }).list();
    }

    /** The subjects of one dossier while it is OPEN or under JUDICIAL_INVESTIGATION; none otherwise. */
    public List<UUID> openDossierSubjects(UUID dossier) {
        return jdbc.sql("""
                SELECT s.subject_id FROM dossier_subject s JOIN dossier d ON d.id = s.dossier_id
                WHERE d.id = ? AND d.status IN ('OPEN', 'JUDICIAL_INVESTIGATION') ORDER BY s.subject_id""")
                .param(dossier).query(UUID.class).list();
    }

    static Dossier dossier(ResultSet rs) throws SQLException {
        return new Dossier(rs.getObject("id", UUID.class), NoticeNumber.of(rs.getString("notice_number")), rs.getString("title"),
                DossierStatus.valueOf(rs.getString("status")), rs.getString("magistrate"), rs.getString("lead_investigator"),
                rs.getString("judge"), rs.getObject("joined_into", UUID.class), rs.getBoolean("restricted"),
                rs.getString("owner_org"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant(), rs.getInt("version"));
    }
}
