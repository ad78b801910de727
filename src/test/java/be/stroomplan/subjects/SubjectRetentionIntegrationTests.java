package be.stroomplan.subjects;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import be.stroomplan.audit.AuditTrail;
import be.stroomplan.retention.LegalHolds;
import be.stroomplan.retention.PurgeReport;
import be.stroomplan.retention.RetentionPurge;
import be.stroomplan.support.ApplicationTest;
import be.stroomplan.support.Http;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Subject records reach the end of their retention: the purge takes them with everything derived
 * from them (identifiers, relations, resolved-entity links, deconfliction hashes, dossier links),
 * leaves a proof row per class, and a legal hold on the dossier keeps its records and hashes.
 */
@ApplicationTest
class SubjectRetentionIntegrationTests {

    private static final String JSON = "application/json";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final LocalDate DAY = LocalDate.of(1999, 1, 4);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditTrail trail;
    @Autowired
    RetentionPurge purge;
    @Autowired
    LegalHolds holds;

    @Test
    void expiredRecordsGoWithWhatIsDerivedFromThemAndAHoldKeepsThem() {
        Http http = new Http(port);
        String expiring = dossier(http, "Bewaring verlopen");
        String held = dossier(http, "Bewaring gevrijwaard");
        UUID first = person(http, expiring, "Rachid Oulad Bewaar");
        UUID second = person(http, expiring, "Ilir Bewaarsi");
        UUID kept = person(http, held, "Bekim Gevrijwaard");
        var relation = http.post("/api/v1/subjects/" + first + "/relations", "kali.fgp", "demo", JSON, """
                {"type": "ASSOCIATE", "target": "%s", "grading": "B2"}""".formatted(second));
        assertThat(relation.status()).as(relation.body()).isEqualTo(201);
        // the pair in the database's order of uuids, which is not Java's
        jdbc.sql("""
                INSERT INTO subject_match_decision (id, subject_a, subject_b, decision, decided_by, decided_org, decided_at)
                VALUES (?, LEAST(?::uuid, ?::uuid), GREATEST(?::uuid, ?::uuid), 'SAME', 'kali.fgp', 'FGP_ANTWERPEN', now())""")
                .params(UUID.randomUUID(), first, second, first, second).update();
        eventually(() -> hashes(first) > 0 && hashes(kept) > 0);
        holds.place(UUID.fromString(held), "Onderzoek loopt nog", "magistraat");
        // recorded half a century before the purge day: past every schedule
        jdbc.sql("UPDATE subject SET created_at = TIMESTAMPTZ '1950-02-01 10:00:00+01' WHERE id IN (?, ?, ?)")
                .params(first, second, kept).update();

        PurgeReport report = purge.run(DAY);

        Map<String, Long> counted = new HashMap<>();
        report.counts().forEach(c -> counted.merge(c.dataClass(), c.rows(), Long::sum));
        assertThat(counted).containsEntry("SUBJECT", 2L).containsEntry("SUBJECT_RELATION", 1L)
                .containsEntry("SUBJECT_MATCH_DECISION", 1L).containsEntry("SUBJECT_IDENTIFIER", 2L);
        assertThat(count("SELECT count(*) FROM subject WHERE id IN (?, ?)", first, second)).isZero();
        assertThat(count("SELECT count(*) FROM subject_identifier WHERE subject_id IN (?, ?)", first, second)).isZero();
        assertThat(count("SELECT count(*) FROM subject_relation WHERE source_id = ? OR target_id = ?", first, first)).isZero();
        assertThat(count("SELECT count(*) FROM subject_match_decision WHERE subject_a IN (?, ?) OR subject_b IN (?, ?)",
                first, second, first, second)).isZero();
        assertThat(hashes(first) + hashes(second)).isZero();
        assertThat(count("SELECT count(*) FROM dossier_subject WHERE subject_id IN (?, ?)", first, second)).isZero();

        // the held dossier keeps its record, its hashes and its link
        assertThat(count("SELECT count(*) FROM subject WHERE id = ?", kept)).isOne();
        assertThat(hashes(kept)).isPositive();
        assertThat(count("SELECT count(*) FROM dossier_subject WHERE subject_id = ?", kept)).isOne();

        trail.flush();
        for (String dataClass : new String[] { "SUBJECT", "DECONFLICTION_HASH", "DOSSIER_SUBJECT" }) {
            assertThat(count("SELECT count(*) FROM audit_event WHERE action = 'DELETE' AND object_type = ? AND details LIKE ?"
                    + " AND details NOT LIKE '%: 0 rows'", dataClass, "retention purge for " + DAY + ":%"))
                    .as("proof row for " + dataClass).isPositive();
        }
        assertThat(count("SELECT count(*) FROM audit_event WHERE object_type = 'SUBJECT' AND details LIKE ? AND details LIKE ?",
                "%" + DAY + "%", "%Oulad%")).as("no content in the proof").isZero();
    }

    private long hashes(UUID subject) {
        return count("SELECT count(*) FROM deconfliction_index WHERE subject_id = ?", subject);
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private static String dossier(Http http, String title) {
        var dossier = http.post("/api/v1/dossiers", "kali.fgp", "demo", JSON, """
                {"noticeNumber": "AN.12.L1.%06d/26", "title": "%s", "magistrate": "magistraat", "leadInvestigator": "kali.fgp"}"""
                .formatted(100_000 + RANDOM.nextInt(800_000), title));
        assertThat(dossier.status()).as(dossier.body()).isEqualTo(201);
        return dossier.json().path("id").asString();
    }

    private static UUID person(Http http, String dossier, String name) {
        var subject = http.post("/api/v1/dossiers/" + dossier + "/subjects", "kali.fgp", "demo", JSON, """
                {"subject": {"type": "PERSON", "name": "%s", "identifiers": [{"type": "NATIONAL_NUMBER", "value": "%s"}]},
                 "category": "SUSPECT"}""".formatted(name, nationalNumber()));
        assertThat(subject.status()).as(subject.body()).isEqualTo(201);
        return UUID.fromString(subject.json().path("subjectId").asString());
    }

    /** A valid Belgian national number of someone born in the 1980s. */
    private static String nationalNumber() {
        String base = "%02d%02d%02d%03d".formatted(80 + RANDOM.nextInt(10), 1 + RANDOM.nextInt(12), 1 + RANDOM.nextInt(28),
                1 + RANDOM.nextInt(997));
        long check = 97 - Long.parseLong(base) % 97;
        return base + "%02d".formatted(check);
    }

    private static void eventually(java.util.function.BooleanSupplier condition) {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition not met within 20 s").isLessThan(until);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
