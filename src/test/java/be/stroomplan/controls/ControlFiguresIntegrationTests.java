package be.stroomplan.controls;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import be.stroomplan.support.ApplicationTest;

import tools.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The figures for the impact dashboard equal a fixture computed by hand. The fixture lives in May
 * 2031, where no other test plans: action A (two clear targets, executed and reported with results),
 * action B (one target on hold, one clear, deconflicted only), action C (cancelled, one target, never
 * checked). Expected: 1 executed; 4 targets checked (A 2, B 2; C none); 1 on hold, a share of 0.25;
 * violations 3 + 1 = 4; official reports 2; closures 1; arrests 1; fines 250.50 + 100 = 350.50;
 * seizure value 1,000.
 */
@ApplicationTest
class ControlFiguresIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    Controls controls;

    @Test
    void figuresEqualTheHandComputedFixture() {
        ControlTestData data = new ControlTestData(port);
        String a = data.plan("2031-05-06", List.of("DOUANE", "PZ_ANTWERPEN"), List.of(
                ControlTestData.company("Figuur Een BV", ControlTestData.enterpriseNumber()),
                ControlTestData.company("Figuur Twee BV", ControlTestData.enterpriseNumber())), List.of()).path("id").asString();
        data.moveOk(a, "DECONFLICTED");
        data.moveOk(a, "APPROVED");
        data.moveOk(a, "EXECUTED");
        assertThat(data.result("douane", a, data.target(a, "Figuur Een BV"), """
                "violations": 3, "officialReports": ["AN.12.L1.000001/31", "AN.12.L1.000002/31"], "closureUntil": "2031-08-06",
                "arrests": 1, "fines": 250.50""").status()).isEqualTo(201);
        assertThat(data.result("coac", a, data.target(a, "Figuur Twee BV"), """
                "violations": 1, "fines": 100, "seizureKind": "CASH", "seizureValue": 1000""").status()).isEqualTo(201);
        data.moveOk(a, "REPORTED");

        String number = ControlTestData.nationalNumber();
        data.dossierWithPerson("Figuur Drie", number);
        String b = data.plan("2031-05-20", List.of("DOUANE"), List.of(ControlTestData.person("Figuur Drie", number),
                ControlTestData.company("Figuur Vier BV", ControlTestData.enterpriseNumber())), List.of()).path("id").asString();
        data.moveOk(b, "DECONFLICTED");

        String c = data.plan("2031-05-27", List.of("DOUANE"),
                List.of(ControlTestData.company("Figuur Vijf BV", ControlTestData.enterpriseNumber())), List.of()).path("id").asString();
        assertThat(data.post("coac", "/api/v1/controls/" + c + "/transitions", "{\"to\": \"CANCELLED\", \"reason\": \"Weer\"}")
                .status()).isEqualTo(200);

        ControlFigures figures = controls.figures(LocalDate.of(2031, 5, 1), LocalDate.of(2031, 5, 31));
        assertThat(figures.actionsExecuted()).isEqualTo(1);
        assertThat(figures.targetsChecked()).isEqualTo(4);
        assertThat(figures.targetsOnHold()).isEqualTo(1);
        assertThat(figures.shareOnHold()).isEqualTo(0.25);
        assertThat(figures.violations()).isEqualTo(4);
        assertThat(figures.officialReports()).isEqualTo(2);
        assertThat(figures.closures()).isEqualTo(1);
        assertThat(figures.arrests()).isEqualTo(1);
        assertThat(figures.fines()).isEqualByComparingTo(new BigDecimal("350.50"));
        assertThat(figures.seizureValue()).isEqualByComparingTo(new BigDecimal("1000"));

        ControlFigures june = controls.figures(LocalDate.of(2031, 6, 1), LocalDate.of(2031, 6, 30));
        assertThat(june.actionsExecuted()).isZero();
        assertThat(june.shareOnHold()).isZero();

        // the impact dashboard: the lead organisation-wide, the others over the actions they take part in
        String may = "/api/v1/impact?from=2031-05-01&to=2031-05-31";
        assertControls(data.get("lead", may).json(), 1, 4, 0.25);
        assertControls(data.get("coac", may).json(), 1, 4, 0.25);
        assertControls(data.get("douane", may).json(), 1, 4, 0.25);
        assertControls(data.get("stad", may).json(), 0, 0, 0);
        // a partner filter keeps the actions that organisation serves in: only A has PZ_ANTWERPEN as a service
        assertControls(data.get("coac", may + "&partner=PZ_ANTWERPEN").json(), 1, 2, 0);
        assertControls(data.get("lead", "/api/v1/impact?from=2031-06-01&to=2031-06-30").json(), 0, 0, 0);
    }

    private static void assertControls(JsonNode impact, long executed, long checked, double shareOnHold) {
        JsonNode c = impact.path("controls");
        assertThat(c.path("available").asBoolean()).as(impact.toString()).isTrue();
        assertThat(c.path("executed").asLong()).as(impact.toString()).isEqualTo(executed);
        assertThat(c.path("targetsChecked").asLong()).as(impact.toString()).isEqualTo(checked);
        assertThat(c.path("shareOnHold").asDouble()).as(impact.toString()).isEqualTo(shareOnHold);
    }
}
