package be.stroomplan.subjects.imports;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The merge of validated rows into the register, run inside one transaction by the caller: a row
 * whose reference is already recorded in the compartment by the same organisation updates that
 * record (its identifiers and addresses replaced, its version raised); any other row is a new
 * record; links become relations unless the same relation is already there. So an import that is
 * run again changes nothing twice.
 * <p>
 * One set-based statement a table. The transaction raises its own {@code work_mem} and
 * {@code gin_pending_list_limit}, so that the register's GIN indexes take the new entries in large
 * sorted batches, and empties their pending lists before it commits, so that searches right after
 * do not scan them. Identifiers arrive without repeats ({@link ReadyRows}), so no conflict check is
 * needed on insert.
 */
final class ImportMerge {

    record Counts(long created, long updated, long relations) {
    }

    private static final Logger log = LoggerFactory.getLogger(ImportMerge.class);

    private final JdbcClient jdbc;

    ImportMerge(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Counts merge(UUID importId, UUID compartment, String org, String by, Instant at) {
        long[] steps = new long[8];
        steps[0] = System.nanoTime();
        // for this transaction only: sorts and hashes in memory, and the GIN indexes' new entries
        // gathered in pending lists of up to 64 MB and moved into the indexes in large sorted batches
        jdbc.sql("SET LOCAL work_mem = '256MB'").update();
        jdbc.sql("SET LOCAL gin_pending_list_limit = '64MB'").update();
        jdbc.sql("""
                UPDATE subject_import_ready r SET id = s.id, existing = true
                  FROM (SELECT DISTINCT ON (ref) ref, id FROM subject
                         WHERE compartment_id = :compartment AND owner_org = :org AND ref IS NOT NULL
                         ORDER BY ref, created_at, id) s
                 WHERE r.import_id = :import AND r.ref = s.ref""")
                .param("compartment", compartment).param("org", org).param("import", importId).update();
        steps[1] = System.nanoTime();
        long updated = jdbc.sql("""
                UPDATE subject s SET type = r.type, name = r.name, name_normalised = r.name_normalised,
                       name_canonical = r.name_canonical, name_variants = r.name_variants, name_phonetic = r.name_phonetic,
                       birth_date = r.birth_date, birth_place = r.birth_place, nationality = r.nationality,
                       legal_form = r.legal_form, nace_codes = r.nace_codes, category = r.category, version = s.version + 1
                  FROM subject_import_ready r
                 WHERE r.import_id = :import AND r.existing AND s.id = r.id""").param("import", importId).update();
        steps[2] = System.nanoTime();
        long created = jdbc.sql("""
                INSERT INTO subject (id, compartment_id, type, name, name_normalised, name_canonical, name_variants, name_phonetic,
                    birth_date, birth_place, nationality, legal_form, nace_codes, ref, category, owner_org, on_record, created_by,
                    created_at, version)
                SELECT r.id, :compartment, r.type, r.name, r.name_normalised, r.name_canonical, r.name_variants, r.name_phonetic,
                       r.birth_date, r.birth_place, r.nationality, r.legal_form, r.nace_codes, r.ref, r.category, :org, false, :by,
                       :at, 1
                  FROM subject_import_ready r WHERE r.import_id = :import AND NOT r.existing""")
                .param("compartment", compartment).param("org", org).param("by", by).param("at", Timestamp.from(at))
                .param("import", importId).update();
        steps[3] = System.nanoTime();
        for (String table : new String[] { "subject_identifier", "subject_address" }) {
            jdbc.sql("DELETE FROM " + table + " WHERE subject_id IN (SELECT id FROM subject_import_ready"
                    + " WHERE import_id = ? AND existing)").param(importId).update();
        }
        jdbc.sql("""
                INSERT INTO subject_identifier (subject_id, type, value, display, match_key)
                SELECT r.id, u.type, u.value, u.shown, u.key
                  FROM subject_import_ready r,
                       unnest(r.identifier_types, r.identifier_values, r.identifier_shown, r.identifier_keys) AS u(type, value, shown, key)
                 WHERE r.import_id = ?""").param(importId).update();
        steps[4] = System.nanoTime();
        jdbc.sql("""
                INSERT INTO subject_address (subject_id, position, street, number, box, postcode, municipality, match_key)
                SELECT r.id, u.n - 1, u.street, u.number, u.box, u.postcode, u.municipality, u.key
                  FROM subject_import_ready r,
                       unnest(r.streets, r.numbers, r.boxes, r.postcodes, r.municipalities, r.address_keys)
                           WITH ORDINALITY AS u(street, number, box, postcode, municipality, key, n)
                 WHERE r.import_id = ?""").param(importId).update();
        steps[5] = System.nanoTime();
        long relations = jdbc.sql("""
                INSERT INTO subject_relation (id, source_id, target_id, type, period_from, period_to, compartment_id, owner_org,
                    on_record, created_by, created_at)
                SELECT l.id, src.id, tgt.id, l.type, l.period_from, l.period_to, :compartment, :org, false, :by, :at
                  FROM subject_import_link l
                  JOIN LATERAL (SELECT id FROM subject_import_ready WHERE import_id = :import AND ref = l.source_ref
                                UNION ALL SELECT id FROM subject WHERE compartment_id = :compartment AND ref = l.source_ref
                                LIMIT 1) src ON true
                  JOIN LATERAL (SELECT id FROM subject_import_ready WHERE import_id = :import AND ref = l.target_ref
                                UNION ALL SELECT id FROM subject WHERE compartment_id = :compartment AND ref = l.target_ref
                                LIMIT 1) tgt ON true
                 WHERE l.import_id = :import AND src.id <> tgt.id
                   AND NOT EXISTS (SELECT 1 FROM subject_relation x
                                    WHERE x.source_id = src.id AND x.target_id = tgt.id AND x.type = l.type)""")
                .param("compartment", compartment).param("org", org).param("by", by).param("at", Timestamp.from(at))
                .param("import", importId).update();
        steps[6] = System.nanoTime();
        // the register is searched right after: its GIN indexes are left without pending entries
        jdbc.sql("SELECT subject_clean_pending_lists()").query(Long.class).single();
        steps[7] = System.nanoTime();
        log.info("Merge of import {}: references matched in {} ms, {} updated in {} ms, {} created in {} ms, identifiers in {} ms,"
                + " addresses in {} ms, {} relations in {} ms, GIN pending lists emptied in {} ms", importId, ms(steps, 1), updated,
                ms(steps, 2), created, ms(steps, 3), ms(steps, 4), ms(steps, 5), relations, ms(steps, 6), ms(steps, 7));
        return new Counts(created, updated, relations);
    }

    private static long ms(long[] steps, int step) {
        return (steps[step] - steps[step - 1]) / 1_000_000;
    }
}
