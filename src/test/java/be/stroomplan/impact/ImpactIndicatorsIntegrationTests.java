package be.stroomplan.impact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import be.stroomplan.support.ApplicationTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/v1/impact}: the figures equal hand-computed fixtures, computed only over what the
 * user may see; the project lead sees organisation-wide totals without personal data; bad
 * parameters are a 400 problem.
 */
@ApplicationTest
class ImpactIndicatorsIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;

    ImpactFixtures data;
    final String today = "from=" + ImpactFixtures.TODAY + "&to=" + ImpactFixtures.TODAY;

    @BeforeEach
    void setUp() {
        data = new ImpactFixtures(port, jdbc, encoder);
    }

    @Test
    void caseFiguresEqualTheFixturesAndCountOnlyTheUsersCases() {
        String alice = data.freshPartner();
        String bob = data.freshPartner();
        String closed = data.submit(alice, "Nachtwinkel Deurne", "2100");
        String open = data.submit(alice, "Nachtwinkel Centrum", "2000");
        String other = data.submit(bob, "Carwash Borgerhout", "2140");
        data.closeWithOutcome(closed);

        JsonNode mine = data.impact(alice, today);
        assertThat(mine.path("scope").asString()).isEqualTo("USER");
        JsonNode cases = mine.path("cases");
        assertThat(cases.path("submitted").asLong()).isEqualTo(2);
        assertThat(cases.path("byStatus").path("CLOSED").asLong()).isEqualTo(1);
        assertThat(cases.path("byStatus").path("SUBMITTED").asLong()).isEqualTo(1);
        assertThat(cases.path("byStatus").size()).isEqualTo(2);
        assertThat(cases.path("dossiersOpened").asLong()).isZero();
        JsonNode decisions = mine.path("decisions");
        assertThat(decisions.path("byTrack").path("ADMINISTRATIVE").asLong()).isEqualTo(1);
        assertThat(decisions.path("byTrack").path("FISCAL").asLong()).isEqualTo(1);
        assertThat(decisions.path("byIntervention").path("DRUG_PREMISES_CLOSURE").asLong()).isEqualTo(1);
        assertThat(decisions.path("byIntervention").path("TAX_AUDIT").asLong()).isEqualTo(1);
        JsonNode outcomes = mine.path("outcomes");
        assertThat(outcomes.path("closures").asLong()).isEqualTo(1);
        assertThat(outcomes.path("closureDays").asLong()).isEqualTo(90);
        assertThat(outcomes.path("permitsWithdrawn").asLong()).isEqualTo(1);
        assertThat(outcomes.path("permitsRefused").asLong()).isZero();
        assertThat(outcomes.path("integrityInvestigations").asLong()).isEqualTo(1);
        assertThat(outcomes.path("taxAssessed").decimalValue()).isEqualByComparingTo("1000.50");
        assertThat(outcomes.path("socialFines").decimalValue()).isEqualByComparingTo("200");
        assertThat(outcomes.path("officialReportsCases").asLong()).isEqualTo(2);
        assertThat(outcomes.path("arrestsCases").asLong()).isEqualTo(3);
        JsonNode lead = mine.path("leadTimes");
        assertThat(lead.path("decided").asLong()).isEqualTo(1);
        assertThat(lead.path("executed").asLong()).isEqualTo(1);
        assertThat(lead.path("intakeToDecisionDays").asDouble()).isBetween(0.0, 1.0);
        assertThat(mine.path("districts").path("Deurne").asLong()).isEqualTo(1);
        assertThat(mine.path("districts").path("Antwerpen").asLong()).isEqualTo(1);
        assertThat(mine.path("districts").path("Borgerhout").asLong()).isZero();
        // alice takes part in no COAC action: the control figures are there, and zero
        assertThat(mine.path("controls").path("available").asBoolean()).isTrue();
        assertThat(mine.path("controls").path("executed").asLong()).isZero();
        assertThat(mine.path("controls").path("targetsChecked").asLong()).isZero();
        assertThat(mine.path("timingsMs").has("outcomes")).isTrue();

        // the partner filter: the other organisation takes part in none of alice's cases
        JsonNode filtered = data.impact(alice, today + "&partner=" + ImpactFixtures.organisationOf(bob));
        assertThat(filtered.path("cases").path("submitted").asLong()).isZero();
        assertThat(data.impact(alice, today + "&partner=" + ImpactFixtures.organisationOf(alice))
                .path("cases").path("submitted").asLong()).isEqualTo(2);

        // bob sees his one case, not alice's
        JsonNode his = data.impact(bob, today);
        assertThat(his.path("cases").path("submitted").asLong()).isEqualTo(1);
        assertThat(his.path("outcomes").path("closures").asLong()).isZero();
        assertThat(his.path("districts").path("Borgerhout").asLong()).isEqualTo(1);
        assertThat(his.path("districts").path("Deurne").asLong()).isZero();

        // the drill-down lists only the cases the user may read
        assertThat(ids(drill(alice).path("cases"))).contains(closed, open).doesNotContain(other);
        assertThat(ids(drill(bob).path("cases"))).contains(other).doesNotContain(closed, open);

        // the drill-down pages and sorts: alice's two cases, one a page, newest or oldest first
        JsonNode first = data.get(alice, "/api/v1/impact/drill-down?" + today + "&size=1").json();
        assertThat(first.path("cases").size()).isOne();
        assertThat(first.path("casesPaging").path("totalItems").asLong()).isEqualTo(2);
        assertThat(first.path("casesPaging").path("totalPages").asInt()).isEqualTo(2);
        JsonNode second = data.get(alice, "/api/v1/impact/drill-down?" + today + "&size=1&casesPage=1").json();
        JsonNode oldest = data.get(alice, "/api/v1/impact/drill-down?" + today + "&size=1&sort=oldest").json();
        assertThat(ids(second.path("cases"))).doesNotContainAnyElementsOf(ids(first.path("cases")));
        assertThat(ids(oldest.path("cases"))).isEqualTo(ids(second.path("cases")));
        assertThat(ids(first.path("cases"))).as("the newest first").isEqualTo(List.of(open));
        var refused = data.get(alice, "/api/v1/impact/drill-down?" + today + "&size=0&casesPage=-1");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("size", "casesPage");
    }

    @Test
    void theLeadSeesOrganisationWideTotalsWithoutPersonalData() {
        String alice = data.freshPartner();
        String one = data.submit(alice, "Nachtwinkel Leadtest", "2600");
        long before = data.impact("lead", today).path("cases").path("submitted").asLong();
        data.submit(alice, "Nachtwinkel Leadtest twee", "2600");
        JsonNode wide = data.impact("lead", today);
        assertThat(wide.path("scope").asString()).isEqualTo("ORGANISATION");
        assertThat(wide.path("cases").path("submitted").asLong()).isEqualTo(before + 1);
        assertThat(wide.path("districts").path("Berchem").asLong()).isGreaterThanOrEqualTo(2);
        String body = data.get("lead", "/api/v1/impact?" + today).body();
        assertThat(body).doesNotContain("Nachtwinkel", one, "Turnhoutsebaan", alice);
        JsonNode drill = drill("lead");
        assertThat(drill.path("cases").size()).isZero();
        assertThat(drill.path("dossiers").size()).isZero();
    }

    @Test
    void seizuresArrestsAndReportsOfDossiersCountForTheTeamOnly() {
        LocalDate day = ImpactFixtures.randomDay();
        String dossier = data.dossierWithSeizures(day);
        String period = "from=" + day + "&to=" + day;

        JsonNode team = data.impact("kali.pza", period);
        JsonNode seizures = team.path("seizures");
        assertThat(seizures.path("drugsKg").path("COCAINE").decimalValue()).isEqualByComparingTo("13.0");
        assertThat(seizures.path("drugsKg").path("CANNABIS").decimalValue()).isEqualByComparingTo("3");
        assertThat(seizures.path("cashEur").decimalValue()).isEqualByComparingTo("5000");
        assertThat(seizures.path("vehicles").asLong()).isEqualTo(2);
        assertThat(seizures.path("realEstate").asLong()).isEqualTo(1);
        assertThat(team.path("outcomes").path("arrestsDossiers").asLong()).isEqualTo(1);
        assertThat(ids(data.get("kali.pza", "/api/v1/impact/drill-down?" + period).json().path("dossiers"))).contains(dossier);

        // a MAHO partner of another organisation is no member: nothing of it counts, nor is it listed
        JsonNode outsider = data.impact("inspectie", period);
        assertThat(outsider.path("seizures").path("drugsKg").size()).isZero();
        assertThat(outsider.path("seizures").path("cashEur").decimalValue()).isEqualByComparingTo("0");
        assertThat(outsider.path("outcomes").path("arrestsDossiers").asLong()).isZero();
        assertThat(ids(data.get("inspectie", "/api/v1/impact/drill-down?" + period).json().path("dossiers"))).doesNotContain(dossier);

        // the lead: organisation-wide
        assertThat(data.impact("lead", period).path("seizures").path("drugsKg").path("COCAINE").decimalValue())
                .isEqualByComparingTo("13.0");
    }

    @Test
    void badParametersAreAProblemAndNonReadersAreRefused() {
        for (String query : List.of("from=2026-13-01", "from=yesterday", "from=2026-02-01&to=2026-01-01",
                "from=2001-01-01&to=2026-01-01", "partner=NO_SUCH_PARTNER")) {
            var bad = data.get("maho.coord", "/api/v1/impact?" + query);
            assertThat(bad.status()).as(query).isEqualTo(400);
            assertThat(bad.header("Content-Type")).startsWith("application/problem+json");
            assertThat(bad.json().path("errors").size()).as(query).isPositive();
        }
        assertThat(data.get("dpo", "/api/v1/impact").status()).isEqualTo(403);
        assertThat(data.get("admin", "/api/v1/impact").status()).isEqualTo(403);
        assertThat(data.http.get("/api/v1/impact", null, null).status()).isEqualTo(401);
        JsonNode defaults = data.impact("maho.coord", "");
        assertThat(LocalDate.parse(defaults.path("to").asString())).isEqualTo(ImpactFixtures.TODAY);
        assertThat(LocalDate.parse(defaults.path("from").asString())).isEqualTo(ImpactFixtures.TODAY.minusYears(1).plusDays(1));
    }

    private JsonNode drill(String user) {
        var response = data.get(user, "/api/v1/impact/drill-down?" + today);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static List<String> ids(JsonNode lines) {
        List<String> ids = new ArrayList<>();
        lines.forEach(l -> ids.add(l.path("id").asString()));
        return ids;
    }
}
