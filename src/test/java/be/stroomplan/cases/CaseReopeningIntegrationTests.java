package be.stroomplan.cases;

import static org.assertj.core.api.Assertions.assertThat;

import be.stroomplan.support.ApplicationTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A rejected case and a closed one are reopened and screened again; a reopened case goes nowhere else. */
@ApplicationTest
class CaseReopeningIntegrationTests {

    @LocalServerPort
    int port;

    CaseTestData data;
    String id;

    @BeforeEach
    void setUp() {
        data = new CaseTestData(port);
        id = data.submit("stad", CaseTestData.unique("Heropening"), false, "RSZ_SOCIALE_INSPECTIE").path("id").asString();
        data.acknowledge("maho.coord", id);
    }

    @Test
    void rejectedThenReopenedThenScreening() {
        data.moveOk("maho.coord", id, "SCREENING", null);
        data.moveOk("maho.coord", id, "REJECTED", null);
        assertThat(data.move("maho.coord", id, "SCREENING", null).status()).isEqualTo(409);
        data.moveOk("maho.coord", id, "REOPENED", null);
        assertThat(data.move("maho.coord", id, "IN_CONSULTATION", null).status()).isEqualTo(409);
        data.moveOk("maho.coord", id, "SCREENING", null);
        var kase = data.get("maho.coord", "/api/v1/cases/" + id).json();
        assertThat(kase.path("history").toString()).contains("REJECTED", "REOPENED");
        // screening ran again on re-entry, through the deconfliction module's check
        assertThat(kase.path("screening").asString()).matches("(CLEAR|ON_HOLD): .*");
    }

    @Test
    void closedThenReopened() {
        data.decided(id);
        data.moveOk("maho.coord", id, "IN_EXECUTION", null);
        data.moveOk("maho.coord", id, "CLOSED", "\"outcome\": {\"permitWithdrawn\": true, \"arrests\": 1}");
        assertThat(data.move("stad", id, "REOPENED", null).status()).isEqualTo(403);
        data.moveOk("maho.coord", id, "REOPENED", null);
        data.moveOk("maho.coord", id, "SCREENING", null);
    }
}
