package be.stroomplan.sharing;

import static be.stroomplan.sharing.SharingTestData.member;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import be.stroomplan.audit.AuditTrail;
import be.stroomplan.retention.PurgeReport;
import be.stroomplan.retention.RetentionPurge;
import be.stroomplan.support.ApplicationTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The retention purge of items: it runs on the right day, takes versions, attachments,
 * disclosures and derived items with the item, leaves proof rows without content, and a legal
 * hold stops it (also for the sources of a held derivative). Items are made old by moving their
 * retention date into the past, so that the purge touches nothing else in the shared database.
 */
@ApplicationTest
class SharingRetentionIntegrationTests {

    private static final String JSON = "application/json";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditTrail trail;
    @Autowired
    RetentionPurge purge;

    SharingTestData t;

    @BeforeEach
    void setUp() {
        t = new SharingTestData(port, jdbc, trail);
    }

    @Test
    void thePurgeRunsOnTheRightDayAndTakesWhatWasDerived() {
        String dossier = t.compartment("kali.fgp", "DOSSIER", member("TEAM", "KALI", "MEMBER"));
        String kase = t.compartment("kali.fgp", "CASE");
        String source = t.item("kali.fgp", dossier, "POLICE", "NONE", "H0");
        assertThat(t.http.put("/api/v1/items/" + source, "kali.fgp", "demo", JSON,
                SharingTestData.itemBody("POLICE", "NONE", "H0", "Tweede versie")).status()).isEqualTo(200);
        assertThat(t.upload("kali.fgp", source, "nota.txt", "Geheime nota".getBytes(StandardCharsets.UTF_8)).statusCode())
                .isEqualTo(201);
        String derived = derive("kali.fgp", kase, source);
        String derivedTwice = derive("kali.fgp", kase, derived);
        String untouched = t.item("kali.fgp", kase, "POLICE", "NONE", "H0");
        expire(source, LocalDate.of(2000, 1, 10));

        purge.run(LocalDate.of(2000, 1, 10));
        assertThat(exists(source)).as("kept on its retention date").isTrue();

        PurgeReport report = purge.run(LocalDate.of(2000, 1, 11));
        assertThat(exists(source)).isFalse();
        assertThat(exists(derived)).isFalse();
        assertThat(exists(derivedTwice)).isFalse();
        assertThat(exists(untouched)).isTrue();
        assertThat(rows("information_item_version", source)).isZero();
        assertThat(rows("item_attachment", source)).isZero();
        assertThat(report.rows("ITEM")).isGreaterThanOrEqualTo(1);
        assertThat(report.rows("ITEM_DERIVED")).isGreaterThanOrEqualTo(2);
        assertThat(report.rows("ITEM_VERSION")).isGreaterThanOrEqualTo(1);
        assertThat(report.rows("ITEM_ATTACHMENT")).isGreaterThanOrEqualTo(1);
        assertThat(t.read("kali.fgp", source).status()).isEqualTo(404);

        trail.flush();
        List<Map<String, Object>> proofs = jdbc.sql("SELECT object_type, legal_basis, details, actor_user FROM audit_event"
                + " WHERE action = 'DELETE' AND details LIKE 'retention purge for 2000-01-11%'").query().listOfRows();
        assertThat(proofs).extracting(row -> row.get("object_type"))
                .contains("ITEM", "ITEM_DERIVED", "ITEM_VERSION", "ITEM_ATTACHMENT");
        assertThat(proofs).allSatisfy(row -> {
            assertThat(row.get("actor_user")).isEqualTo("system");
            assertThat(String.valueOf(row.get("legal_basis"))).contains("retention date before 2000-01-11");
            assertThat(String.valueOf(row.get("details"))).doesNotContain("Vaststelling", "Tweede versie", "Geheime nota");
        });
    }

    @Test
    void aLegalHoldStopsThePurgeUntilItIsLifted() {
        String dossier = t.compartment("kali.fgp", "DOSSIER", member("TEAM", "KALI", "MEMBER"));
        String kase = t.compartment("kali.fgp", "CASE");
        String held = t.item("kali.fgp", dossier, "JUDICIAL", "NONE", "H0");
        String sourceOfHeld = t.item("kali.fgp", kase, "POLICE", "NONE", "H0");
        String heldDerivative = derive("kali.fgp", dossier, sourceOfHeld);
        expire(held, LocalDate.of(2001, 3, 1));
        expire(sourceOfHeld, LocalDate.of(2001, 3, 1));

        var placed = t.http.post("/api/v1/compartments/" + dossier + "/legal-hold", "magistraat", "demo", JSON,
                "{\"reason\": \"Onderzoek loopt nog, beslag op de haven\"}");
        assertThat(placed.status()).as(placed.body()).isEqualTo(201);

        PurgeReport report = purge.run(LocalDate.of(2001, 3, 2));
        assertThat(report.heldCompartments()).isGreaterThanOrEqualTo(1);
        assertThat(exists(held)).as("in the held dossier").isTrue();
        assertThat(exists(heldDerivative)).isTrue();
        assertThat(exists(sourceOfHeld)).as("a held derivative keeps its source").isTrue();

        var lifted = t.http.post("/api/v1/compartments/" + dossier + "/legal-hold/lift", "magistraat", "demo", JSON,
                "{\"reason\": \"Zaak afgesloten\"}");
        assertThat(lifted.status()).as(lifted.body()).isEqualTo(200);
        purge.run(LocalDate.of(2001, 3, 2));
        assertThat(exists(held)).isFalse();
        assertThat(exists(sourceOfHeld)).isFalse();
        assertThat(exists(heldDerivative)).isFalse();

        trail.flush();
        assertThat(jdbc.sql("SELECT action FROM audit_event WHERE object_type = 'LEGAL_HOLD' AND compartment = ? ORDER BY sequence")
                .param(dossier).query(String.class).list()).containsExactly("CREATE", "UPDATE");
        var history = t.http.get("/api/v1/compartments/" + dossier + "/legal-hold", "dpo", "demo").json();
        assertThat(history.path("active").isNull()).isTrue();
        assertThat(history.path("history").size()).isEqualTo(1);
        assertThat(history.path("history").get(0).path("liftReason").asString()).isEqualTo("Zaak afgesloten");
    }

    @Test
    void onlyAMagistrateOfTheCompartmentHoldsItAndWithAReason() {
        String dossier = t.compartment("kali.fgp", "DOSSIER", member("TEAM", "KALI", "MEMBER"));
        String elsewhere = t.compartment("kali.fgp", "CASE");
        String path = "/api/v1/compartments/" + dossier + "/legal-hold";
        assertThat(t.http.post(path, "kali.fgp", "demo", JSON, "{\"reason\": \"x\"}").status()).isEqualTo(403);
        assertThat(t.http.post("/api/v1/compartments/" + elsewhere + "/legal-hold", "magistraat", "demo", JSON,
                "{\"reason\": \"niet mijn dossier\"}").status()).isEqualTo(404);
        assertThat(t.http.post("/api/v1/compartments/" + UUID.randomUUID() + "/legal-hold", "magistraat", "demo", JSON,
                "{\"reason\": \"geraden\"}").status()).isEqualTo(404);
        var noReason = t.http.post(path, "magistraat", "demo", JSON, "{\"reason\": \" \"}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(t.http.post(path, "magistraat", "demo", JSON, "{\"reason\": \"Bewaren\"}").status()).isEqualTo(201);
        assertThat(t.http.post(path, "magistraat", "demo", JSON, "{\"reason\": \"Nog eens\"}").status()).isEqualTo(409);
        assertThat(t.http.get(path, "stad", "demo").status()).isEqualTo(404);
        assertThat(t.http.get(path, "kali.pza", "demo").json().path("active").path("reason").asString()).isEqualTo("Bewaren");
        assertThat(t.http.post("/api/v1/compartments/" + elsewhere + "/legal-hold/lift", "magistraat", "demo", JSON,
                "{\"reason\": \"x\"}").status()).isEqualTo(404);
    }

    @Test
    void deriveNeedsTheRightToReadTheSource() {
        String dossier = t.compartment("kali.fgp", "DOSSIER", member("TEAM", "KALI", "MEMBER"));
        String source = t.item("kali.fgp", dossier, "POLICE", "NONE", "H0");
        String own = t.compartment("inspectie", "CASE");
        var refused = t.http.post("/api/v1/compartments/" + own + "/items?derivedFrom=" + source, "inspectie", "demo", JSON,
                SharingTestData.itemBody("SOCIAL", "NONE", "H0", "Afgeleid"));
        assertThat(refused.status()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT count(*) FROM information_item WHERE derived_from = ?").param(UUID.fromString(source))
                .query(Long.class).single()).isZero();
    }

    @Test
    void theRetentionTableShowsEveryKindAndCategory() {
        var table = t.http.get("/api/v1/retention/schedules", "dpo", "demo").json();
        assertThat(table.size()).isEqualTo(4 * 7);
        table.forEach(row -> {
            if (row.path("category").asString().equals("JUDICIAL")) {
                assertThat(row.path("period").asString()).isEqualTo("P10Y");
            }
        });
        assertThat(t.http.get("/api/v1/retention/schedules", "kali.fgp", "demo").status()).isEqualTo(403);
    }

    private String derive(String user, String compartment, String source) {
        var response = t.http.post("/api/v1/compartments/" + compartment + "/items?derivedFrom=" + source, user, "demo", JSON,
                SharingTestData.itemBody("POLICE", "NONE", "H0", SharingTestData.unique("Samenvatting")));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("id").asString();
    }

    private void expire(String item, LocalDate until) {
        jdbc.sql("UPDATE information_item SET retention_until = ? WHERE id = ?").params(until, UUID.fromString(item)).update();
    }

    private boolean exists(String item) {
        return jdbc.sql("SELECT count(*) FROM information_item WHERE id = ?").param(UUID.fromString(item)).query(Long.class)
                .single() == 1;
    }

    private long rows(String table, String item) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE item_id = ?").param(UUID.fromString(item))
                .query(Long.class).single();
    }
}
