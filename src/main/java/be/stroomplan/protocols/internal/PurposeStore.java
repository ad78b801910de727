package be.stroomplan.protocols.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The managed list of purposes. */
@Repository
public class PurposeStore {

    private final JdbcClient jdbc;

    PurposeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Purpose> findAll() {
        return jdbc.sql("SELECT code, name_nl, name_fr, name_en FROM purpose ORDER BY code")
                .query(Purpose.class).list();
    }

    public Optional<Purpose> find(String code) {
        return jdbc.sql("SELECT code, name_nl, name_fr, name_en FROM purpose WHERE code = ?").param(code)
                .query(Purpose.class).optional();
    }

    public Purpose create(Purpose purpose) {
        jdbc.sql("INSERT INTO purpose (code, name_nl, name_fr, name_en) VALUES (?, ?, ?, ?)")
                .params(purpose.code(), purpose.nameNl(), purpose.nameFr(), purpose.nameEn()).update();
        return purpose;
    }
}
