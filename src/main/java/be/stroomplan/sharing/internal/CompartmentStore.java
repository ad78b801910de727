package be.stroomplan.sharing.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import be.stroomplan.partners.UserProfile;
import be.stroomplan.protocols.CompartmentKind;
import be.stroomplan.protocols.CompartmentRole;
import be.stroomplan.sharing.Acknowledgement;
import be.stroomplan.sharing.Compartment;
import be.stroomplan.sharing.CompartmentMember;
import be.stroomplan.sharing.MemberType;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables {@code compartment} and {@code compartment_member}. */
@Repository
public class CompartmentStore {

    /** The memberships that match one user: by user name, one of the user's teams, or the user's organisation. */
    static final String MATCHES_USER = """
            ((m.member_type = 'USER' AND m.member_id = :username)
             OR (m.member_type = 'TEAM' AND m.member_id = ANY(:teams))
             OR (m.member_type = 'ORGANISATION' AND m.member_id = :organisation))""";

    /** A compartment whose content the user may see as far as confidentiality goes: none required, or given. */
    static final String ACKNOWLEDGED = """
            (NOT c.acknowledgement_required OR EXISTS (SELECT 1 FROM compartment_acknowledgement a
                WHERE a.compartment_id = c.id AND a.username = :username))""";

    /** The strongest role first: MANAGER 0, MEMBER 1, READER 2. */
    static final String ROLE_RANK = "CASE m.role WHEN 'MANAGER' THEN 0 WHEN 'MEMBER' THEN 1 ELSE 2 END";

    private final JdbcClient jdbc;

    CompartmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Compartment c) {
        jdbc.sql("""
                INSERT INTO compartment (id, kind, title, owner_org, reference, created_by, created_at)
                VALUES (:id, :kind, :title, :owner, :reference, :by, :at)""")
                .param("id", c.id()).param("kind", c.kind().name()).param("title", c.title())
                .param("owner", c.ownerOrganisation()).param("reference", c.reference()).param("by", c.createdBy())
                .param("at", Timestamp.from(c.createdAt())).update();
    }

    public Optional<Compartment> find(UUID id) {
        return jdbc.sql("SELECT * FROM compartment WHERE id = ?").param(id).query((rs, row) -> compartment(rs)).optional();
    }

    /** Adds a membership, or changes the role of an existing one. */
    public void putMember(UUID compartment, MemberType type, String memberId, CompartmentRole role, String by, Instant at) {
        jdbc.sql("""
                INSERT INTO compartment_member (compartment_id, member_type, member_id, role, added_by, added_at)
                VALUES (:c, :type, :id, :role, :by, :at)
                ON CONFLICT (compartment_id, member_type, member_id) DO UPDATE SET role = EXCLUDED.role""")
                .param("c", compartment).param("type", type.name()).param("id", memberId).param("role", role.name())
                .param("by", by).param("at", Timestamp.from(at)).update();
    }

    public int removeMember(UUID compartment, MemberType type, String memberId) {
        return jdbc.sql("DELETE FROM compartment_member WHERE compartment_id = ? AND member_type = ? AND member_id = ?")
                .params(compartment, type.name(), memberId).update();
    }

    public List<CompartmentMember> members(UUID compartment) {
        return jdbc.sql("""
                SELECT * FROM compartment_member m WHERE compartment_id = ?
                ORDER BY %s, member_type, member_id""".formatted(ROLE_RANK))
                .param(compartment)
                .query((rs, row) -> new CompartmentMember(MemberType.valueOf(rs.getString("member_type")),
                        rs.getString("member_id"), CompartmentRole.valueOf(rs.getString("role")), rs.getString("added_by"),
                        rs.getTimestamp("added_at").toInstant()))
                .list();
    }

    /** Puts the compartment under embargo, or lifts it. */
    public void embargo(UUID compartment, boolean embargoed) {
        jdbc.sql("UPDATE compartment SET embargoed = ? WHERE id = ?").params(embargoed, compartment).update();
    }

    /** Whether the compartment is under embargo. */
    public boolean embargoed(UUID compartment) {
        return jdbc.sql("SELECT embargoed FROM compartment WHERE id = ?").param(compartment).query(Boolean.class).optional()
                .orElse(false);
    }

    /** Locks the compartment row, so that membership changes of one compartment queue up. */
    public void lock(UUID compartment) {
        jdbc.sql("SELECT id FROM compartment WHERE id = ? FOR UPDATE").param(compartment).query(UUID.class).optional();
    }

    /** The user's effective (strongest) role in each of the given compartments the user is a member of. */
    public Map<UUID, CompartmentRole> roles(UserProfile user, Collection<UUID> compartments) {
        Map<UUID, CompartmentRole> roles = new HashMap<>();
        if (compartments.isEmpty()) {
            return roles;
        }
        jdbc.sql("SELECT m.compartment_id, min(" + ROLE_RANK + ") AS rank FROM compartment_member m"
                        + " WHERE m.compartment_id = ANY(CAST(:ids AS uuid[])) AND " + MATCHES_USER + " GROUP BY m.compartment_id")
                .param("ids", compartments.stream().map(UUID::toString).toArray(String[]::new))
                .param("username", user.username()).param("teams", user.teamCodes().toArray(String[]::new))
                .param("organisation", user.organisation().code())
                .query((rs, row) -> roles.put(rs.getObject("compartment_id", UUID.class), CompartmentRole.values()[rs.getInt("rank")]))
                .list();
        return roles;
    }

    /** The compartments the user is a member of, with the user's role, newest first. */
    public List<Map.Entry<Compartment, CompartmentRole>> ofUser(UserProfile user, int limit, long offset) {
        return jdbc.sql("SELECT c.*, r.rank FROM compartment c JOIN (SELECT m.compartment_id, min(" + ROLE_RANK + ") AS rank"
                        + " FROM compartment_member m WHERE " + MATCHES_USER + " GROUP BY m.compartment_id) r"
                        + " ON r.compartment_id = c.id WHERE " + ACKNOWLEDGED + " ORDER BY c.created_at DESC, c.id LIMIT :limit OFFSET :offset")
                .param("username", user.username()).param("teams", user.teamCodes().toArray(String[]::new))
                .param("organisation", user.organisation().code()).param("limit", limit).param("offset", offset)
                .query((rs, row) -> Map.entry(compartment(rs), CompartmentRole.values()[rs.getInt("rank")]))
                .list();
    }

    /** The ids of the compartments of one kind the user is a member of (acknowledged or not). */
    public List<UUID> memberships(UserProfile user, CompartmentKind kind) {
        return jdbc.sql("SELECT DISTINCT m.compartment_id FROM compartment_member m JOIN compartment c ON c.id = m.compartment_id"
                        + " WHERE c.kind = :kind AND " + MATCHES_USER)
                .param("kind", kind.name()).param("username", user.username()).param("teams", user.teamCodes().toArray(String[]::new))
                .param("organisation", user.organisation().code()).query(UUID.class).list();
    }

    public long countOfUser(UserProfile user) {
        return jdbc.sql("SELECT count(DISTINCT m.compartment_id) FROM compartment_member m JOIN compartment c"
                        + " ON c.id = m.compartment_id WHERE " + MATCHES_USER + " AND " + ACKNOWLEDGED)
                .param("username", user.username()).param("teams", user.teamCodes().toArray(String[]::new))
                .param("organisation", user.organisation().code()).query(Long.class).single();
    }

    /** Whether the organisation has a membership in the compartment: as organisation, or through one of its users. */
    public boolean hasOrganisationMembership(UUID compartment, String organisation, Collection<String> usersOfOrganisation) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM compartment_member m WHERE m.compartment_id = :c AND
                    ((m.member_type = 'ORGANISATION' AND m.member_id = :org) OR (m.member_type = 'USER' AND m.member_id = ANY(:users))))""")
                .param("c", compartment).param("org", organisation).param("users", usersOfOrganisation.toArray(String[]::new))
                .query(Boolean.class).single();
    }

    /** The user names of the USER members of a compartment. */
    public List<String> userMembers(UUID compartment) {
        return jdbc.sql("SELECT member_id FROM compartment_member WHERE compartment_id = ? AND member_type = 'USER'")
                .param(compartment).query(String.class).list();
    }

    /** Makes the compartment require each user's confidentiality acknowledgement. */
    public void requireAcknowledgement(UUID compartment) {
        jdbc.sql("UPDATE compartment SET acknowledgement_required = TRUE WHERE id = ?").param(compartment).update();
    }

    public boolean acknowledgementRequired(UUID compartment) {
        return jdbc.sql("SELECT acknowledgement_required FROM compartment WHERE id = ?").param(compartment)
                .query(Boolean.class).optional().orElse(false);
    }

    /** The user's acknowledgement of the compartment, if given. */
    public Optional<Acknowledgement> acknowledgement(UUID compartment, String username) {
        return jdbc.sql("SELECT * FROM compartment_acknowledgement WHERE compartment_id = ? AND username = ?")
                .params(compartment, username).query((rs, row) -> acknowledgement(rs)).optional();
    }

    /** Records an acknowledgement; false when the user had already given it. */
    public boolean acknowledge(Acknowledgement a) {
        return jdbc.sql("""
                INSERT INTO compartment_acknowledgement (id, compartment_id, username, acknowledged_at, text_version)
                VALUES (:id, :c, :user, :at, :version) ON CONFLICT (compartment_id, username) DO NOTHING""")
                .param("id", a.id()).param("c", a.compartment()).param("user", a.username())
                .param("at", Timestamp.from(a.acknowledgedAt())).param("version", a.textVersion()).update() == 1;
    }

    /** Of the given compartments, those that require an acknowledgement the user has not given. */
    public Set<UUID> unacknowledged(String username, Collection<UUID> compartments) {
        if (compartments.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                SELECT c.id FROM compartment c WHERE c.id = ANY(CAST(:ids AS uuid[])) AND c.acknowledgement_required
                AND NOT EXISTS (SELECT 1 FROM compartment_acknowledgement a WHERE a.compartment_id = c.id AND a.username = :username)""")
                .param("ids", compartments.stream().map(UUID::toString).toArray(String[]::new)).param("username", username)
                .query(UUID.class).list());
    }

    static Acknowledgement acknowledgement(ResultSet rs) throws SQLException {
        return new Acknowledgement(rs.getObject("id", UUID.class), rs.getObject("compartment_id", UUID.class),
                rs.getString("username"), rs.getTimestamp("acknowledged_at").toInstant(), rs.getString("text_version"));
    }

    public boolean exists(CompartmentKind kind, String title, String owner) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM compartment WHERE kind = ? AND title = ? AND owner_org = ?)")
                .params(kind.name(), title, owner).query(Boolean.class).single();
    }

    static Compartment compartment(ResultSet rs) throws SQLException {
        Timestamp closed = rs.getTimestamp("closed_at");
        return new Compartment(rs.getObject("id", UUID.class), CompartmentKind.valueOf(rs.getString("kind")),
                rs.getString("title"), rs.getString("owner_org"), rs.getString("reference"), rs.getString("created_by"),
                rs.getTimestamp("created_at").toInstant(), closed == null ? null : closed.toInstant());
    }
}
