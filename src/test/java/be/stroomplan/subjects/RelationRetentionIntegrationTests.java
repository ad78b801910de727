package be.stroomplan.subjects;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import be.stroomplan.audit.AuditTrail;
import be.stroomplan.retention.RetentionPurge;
import be.stroomplan.support.ApplicationTest;
import be.stroomplan.support.Http;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A relation read from an item goes with the item when the retention purge takes it; the subjects stay. */
@ApplicationTest
class RelationRetentionIntegrationTests {

    private static final String JSON = "application/json";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditTrail trail;
    @Autowired
    RetentionPurge purge;

    @Test
    void aRelationGoesWithTheItemItWasReadFrom() {
        Http http = new Http(port);
        String dossier = http.post("/api/v1/compartments", "kali.fgp", "demo", JSON, """
                {"kind": "DOSSIER", "title": "Relaties en bewaring", "members": [{"type": "TEAM", "id": "KALI", "role": "MEMBER"}]}""")
                .json().path("id").asString();
        String a = subject(http, dossier, "Karim Benali");
        String b = subject(http, dossier, "Ardit Hoxha");
        String item = http.post("/api/v1/compartments/" + dossier + "/items", "kali.fgp", "demo", JSON, """
                {"category": "POLICE", "classification": "NONE", "tlp": "AMBER", "sourceReliability": "B",
                 "informationAccuracy": "2", "handlingCode": "H0", "text": "Samen gezien aan de loods"}""")
                .json().path("id").asString();
        var relation = http.post("/api/v1/subjects/" + a + "/relations", "kali.fgp", "demo", JSON, """
                {"type": "ASSOCIATE", "target": "%s", "sourceItem": "%s", "grading": "B2"}""".formatted(b, item));
        assertThat(relation.status()).as(relation.body()).isEqualTo(201);
        jdbc.sql("UPDATE information_item SET retention_until = DATE '2002-05-01' WHERE id = ?").param(UUID.fromString(item)).update();

        purge.run(LocalDate.of(2002, 5, 2));

        assertThat(jdbc.sql("SELECT count(*) FROM subject_relation WHERE source_item = ?").param(UUID.fromString(item))
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM subject WHERE id IN (?, ?)").params(UUID.fromString(a), UUID.fromString(b))
                .query(Long.class).single()).isEqualTo(2);
        trail.flush();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'DELETE' AND object_type = 'SUBJECT_RELATION'"
                + " AND details LIKE 'retention purge for 2002-05-02%'").query(Long.class).single()).isOne();
    }

    private static String subject(Http http, String compartment, String name) {
        var response = http.post("/api/v1/subjects", "kali.fgp", "demo", JSON, """
                {"compartment": "%s", "type": "PERSON", "name": "%s", "category": "SUSPECT"}""".formatted(compartment, name));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("id").asString();
    }
}
