package be.stroomplan.partners.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import be.stroomplan.partners.Classification;
import be.stroomplan.partners.Clearance;
import be.stroomplan.partners.Membership;
import be.stroomplan.partners.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The user and membership tables. */
@Repository
public class UserStore {

    private final JdbcClient jdbc;

    UserStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UserAccount> findByUsername(String username) {
        return jdbc.sql("SELECT * FROM app_user WHERE username = ?").param(username).query(UserStore::map).optional();
    }

    public Optional<UserAccount> findById(UUID id) {
        return jdbc.sql("SELECT * FROM app_user WHERE id = ?").param(id).query(UserStore::map).optional();
    }

    public Optional<UserAccount> findByOidcSubject(String issuer, String subject) {
        return jdbc.sql("SELECT * FROM app_user WHERE oidc_issuer = ? AND oidc_subject = ?")
                .params(issuer, subject).query(UserStore::map).optional();
    }

    public List<UserAccount> findPage(int page, int size) {
        return jdbc.sql("SELECT * FROM app_user ORDER BY username LIMIT ? OFFSET ?")
                .params(size, (long) page * size).query(UserStore::map).list();
    }

    /** One page of users, ordered by {@code sort} and then by user name. */
    public List<UserAccount> findPage(int page, int size, UserSort sort, boolean ascending) {
        String direction = ascending ? "ASC" : "DESC";
        return jdbc.sql("SELECT u.* FROM app_user u JOIN organisation o ON o.id = u.organisation_id ORDER BY "
                        + sort.column() + " " + direction + ", u.username " + direction + " LIMIT ? OFFSET ?")
                .params(size, (long) page * size).query(UserStore::map).list();
    }

    public void setEnabled(UUID id, boolean enabled) {
        if (jdbc.sql("UPDATE app_user SET enabled = ?, version = version + 1 WHERE id = ?").params(enabled, id).update() != 1) {
            throw new PartnerNotFoundException("user", id.toString());
        }
    }

    public long count() {
        return jdbc.sql("SELECT count(*) FROM app_user").query(Long.class).single();
    }

    public UserAccount create(String username, String displayName, String email, UUID organisationId, String passwordHash) {
        return jdbc.sql("""
                INSERT INTO app_user (username, display_name, email, organisation_id, password_hash)
                VALUES (?, ?, ?, ?, ?) RETURNING *""")
                .params(username, displayName, email, organisationId, passwordHash).query(UserStore::map).single();
    }

    public UserAccount update(UUID id, String displayName, String email, UUID organisationId, boolean enabled) {
        return jdbc.sql("""
                UPDATE app_user SET display_name = ?, email = ?, organisation_id = ?, enabled = ?, version = version + 1
                WHERE id = ? RETURNING *""")
                .params(displayName, email, organisationId, enabled, id).query(UserStore::map).optional()
                .orElseThrow(() -> new PartnerNotFoundException("user", id.toString()));
    }

    public void changePassword(UUID id, String passwordHash) {
        jdbc.sql("UPDATE app_user SET password_hash = ?, version = version + 1 WHERE id = ?").params(passwordHash, id).update();
    }

    public Clearance clearance(UUID userId) {
        return jdbc.sql("SELECT clearance_level, clearance_valid_until FROM app_user WHERE id = ?").param(userId)
                .query((rs, row) -> new Clearance(Classification.valueOf(rs.getString("clearance_level")),
                        rs.getObject("clearance_valid_until", LocalDate.class)))
                .optional().orElse(Clearance.NONE);
    }

    public void setClearance(UUID userId, Clearance clearance) {
        if (jdbc.sql("UPDATE app_user SET clearance_level = ?, clearance_valid_until = ?, version = version + 1 WHERE id = ?")
                .params(clearance.level().name(), clearance.validUntil(), userId).update() != 1) {
            throw new PartnerNotFoundException("user", userId.toString());
        }
    }

    public List<Membership> memberships(UUID userId) {
        return jdbc.sql("""
                SELECT m.id, m.user_id, t.code AS team_code, m.role FROM membership m
                LEFT JOIN team t ON t.id = m.team_id WHERE m.user_id = ? ORDER BY t.code NULLS LAST, m.role""")
                .param(userId).query(UserStore::mapMembership).list();
    }

    public Membership addMembership(UUID userId, UUID teamId, Role role) {
        UUID id = jdbc.sql("INSERT INTO membership (user_id, team_id, role) VALUES (?, ?, ?) RETURNING id")
                .params(userId, teamId, role.name()).query(UUID.class).single();
        return memberships(userId).stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    }

    public boolean removeMembership(UUID userId, UUID membershipId) {
        return jdbc.sql("DELETE FROM membership WHERE id = ? AND user_id = ?").params(membershipId, userId).update() == 1;
    }

    static UserAccount map(ResultSet rs, int row) throws SQLException {
        return new UserAccount(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("display_name"),
                rs.getString("email"), rs.getObject("organisation_id", UUID.class), rs.getString("password_hash"),
                rs.getBoolean("enabled"));
    }

    static Membership mapMembership(ResultSet rs, int row) throws SQLException {
        return new Membership(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class),
                rs.getString("team_code"), Role.valueOf(rs.getString("role")));
    }
}
