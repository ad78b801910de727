package be.stroomplan.partners.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import be.stroomplan.partners.Team;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The team table. */
@Repository
public class TeamStore {

    private final JdbcClient jdbc;

    TeamStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Team> findAll() {
        return jdbc.sql("SELECT * FROM team ORDER BY code").query(TeamStore::map).list();
    }

    public Optional<Team> findByCode(String code) {
        return jdbc.sql("SELECT * FROM team WHERE code = ?").param(code).query(TeamStore::map).optional();
    }

    public Optional<Team> findById(UUID id) {
        return jdbc.sql("SELECT * FROM team WHERE id = ?").param(id).query(TeamStore::map).optional();
    }

    public Team create(String code, String nameNl, String nameFr, String nameEn) {
        return jdbc.sql("INSERT INTO team (code, name_nl, name_fr, name_en) VALUES (?, ?, ?, ?) RETURNING *")
                .params(code, nameNl, nameFr, nameEn).query(TeamStore::map).single();
    }

    public Team update(UUID id, String nameNl, String nameFr, String nameEn) {
        return jdbc.sql("UPDATE team SET name_nl = ?, name_fr = ?, name_en = ?, version = version + 1 WHERE id = ? RETURNING *")
                .params(nameNl, nameFr, nameEn, id).query(TeamStore::map).optional()
                .orElseThrow(() -> new PartnerNotFoundException("team", id.toString()));
    }

    static Team map(ResultSet rs, int row) throws SQLException {
        return new Team(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name_nl"),
                rs.getString("name_fr"), rs.getString("name_en"));
    }
}
