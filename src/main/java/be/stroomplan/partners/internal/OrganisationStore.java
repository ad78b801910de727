package be.stroomplan.partners.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import be.stroomplan.partners.Organisation;
import be.stroomplan.partners.OrganisationKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The organisation table. */
@Repository
public class OrganisationStore {

    private final JdbcClient jdbc;

    OrganisationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Organisation> findAll() {
        return jdbc.sql("SELECT * FROM organisation ORDER BY code").query(OrganisationStore::map).list();
    }

    public Optional<Organisation> findByCode(String code) {
        return jdbc.sql("SELECT * FROM organisation WHERE code = ?").param(code).query(OrganisationStore::map).optional();
    }

    public Optional<Organisation> findById(UUID id) {
        return jdbc.sql("SELECT * FROM organisation WHERE id = ?").param(id).query(OrganisationStore::map).optional();
    }

    public Organisation create(String code, String nameNl, String nameFr, String nameEn, OrganisationKind kind) {
        return jdbc.sql("""
                INSERT INTO organisation (code, name_nl, name_fr, name_en, kind)
                VALUES (?, ?, ?, ?, ?) RETURNING *""")
                .params(code, nameNl, nameFr, nameEn, kind.name())
                .query(OrganisationStore::map).single();
    }

    public Organisation update(UUID id, String nameNl, String nameFr, String nameEn, OrganisationKind kind, boolean active) {
        return jdbc.sql("""
                UPDATE organisation SET name_nl = ?, name_fr = ?, name_en = ?, kind = ?, active = ?, version = version + 1
                WHERE id = ? RETURNING *""")
                .params(nameNl, nameFr, nameEn, kind.name(), active, id)
                .query(OrganisationStore::map).optional()
                .orElseThrow(() -> new PartnerNotFoundException("organisation", id.toString()));
    }

    static Organisation map(ResultSet rs, int row) throws SQLException {
        return new Organisation(rs.getObject("id", UUID.class), rs.getString("code"), rs.getString("name_nl"),
                rs.getString("name_fr"), rs.getString("name_en"), OrganisationKind.valueOf(rs.getString("kind")),
                rs.getBoolean("active"));
    }
}
