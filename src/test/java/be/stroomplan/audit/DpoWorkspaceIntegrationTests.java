package be.stroomplan.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import be.stroomplan.audit.AccessLogGenerator.Event;
import be.stroomplan.platform.Actor;
import be.stroomplan.support.Http;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;

/**
 * The DPO workspace on the real trail: a generated week with planted anomalies goes through the
 * audit chain (back-dated), and the API and the page flag exactly the planted users; "who
 * accessed it" lists every user with purpose and legal basis; only the DPO gets in.
 */
@AuditIntegrationTest
class DpoWorkspaceIntegrationTests {

    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditTrail trail;
    @Autowired
    MockMvc mvc;

    @Test
    void aGeneratedWeekWithPlantedAnomaliesFlagsExactlyThePlantedUsers() throws Exception {
        String organisation = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String prefix = organisation.toLowerCase() + ".";
        List<Event> week = new AccessLogGenerator(7, MONDAY).week(organisation, prefix, 12, true);
        insert(week);

        JsonNode page = new Http(port).get("/api/v1/dpo/activity?from=2026-11-02&to=2026-11-08&organisation=" + organisation
                + "&sort=USER&dir=asc", "dpo", "demo").json();
        Map<String, String> flags = new HashMap<>();
        page.path("users").forEach(u -> flags.put(u.path("user").asString(), u.path("anomalies").toString()));
        assertThat(page.path("totalUsers").asLong()).isEqualTo(16);
        assertThat(page.path("flaggedUsers").asLong()).isEqualTo(4);
        assertThat(flags.get(prefix + "searcher")).contains("SEARCH_VOLUME");
        assertThat(flags.get(prefix + "night-owl")).contains("ODD_HOURS");
        assertThat(flags.get(prefix + "prober")).contains("MANY_DENIALS");
        assertThat(flags.get(prefix + "exporter")).contains("BULK_EXPORT");
        assertThat(flags.get(prefix + "user0")).isEqualTo("[]");

        JsonNode onlyFlagged = new Http(port).get("/api/v1/dpo/activity?from=2026-11-02&to=2026-11-08&organisation="
                + organisation + "&flagged=true", "dpo", "demo").json();
        assertThat(onlyFlagged.path("users").size()).isEqualTo(4);

        mvc.perform(get("/dpo").param("from", "2026-11-02").param("to", "2026-11-08").param("organisation", organisation)
                        .param("sort", "SEARCHES").with(user("dpo").roles("DPO")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"activity-" + prefix + "searcher\"")))
                .andExpect(content().string(Matchers.containsString("anomaly-ODD_HOURS")))
                .andExpect(content().string(Matchers.containsString("aria-sort=\"descending\"")));
    }

    @Test
    void whoAccessedAnObjectListsEveryUserWithPurposeAndLegalBasis() {
        String item = UUID.randomUUID().toString();
        trail.record(AuditRecord.of(AuditAction.READ).object("ITEM", item).compartment("case-1").purpose("case-1")
                .legalBasis("PROT-2026-001 v2").actor(new Actor("stad", "STAD_ANTWERPEN", null)).build());
        trail.record(AuditRecord.of(AuditAction.READ).object("ITEM", item).compartment("case-1").purpose("case-1")
                .legalBasis("PROT-2026-001 v2").actor(new Actor("stad", "STAD_ANTWERPEN", null)).build());
        trail.record(AuditRecord.of(AuditAction.DENIED).object("ITEM", item).compartment("case-1").purpose("case-1")
                .outcome(AuditOutcome.DENIED).actor(new Actor("inspectie", "RSZ_SOCIALE_INSPECTIE", null)).build());
        trail.flush();

        JsonNode report = new Http(port).get("/api/v1/dpo/accesses?object=" + item, "dpo", "demo").json();
        JsonNode accesses = report.path("accesses");
        assertThat(accesses.size()).isEqualTo(2);
        JsonNode stad = accesses.get(0).path("user").asString().equals("stad") ? accesses.get(0) : accesses.get(1);
        assertThat(stad.path("count").asLong()).isEqualTo(2);
        assertThat(stad.path("purpose").asString()).isEqualTo("case-1");
        assertThat(stad.path("legalBasis").asString()).isEqualTo("PROT-2026-001 v2");
        JsonNode refused = accesses.get(0).path("user").asString().equals("inspectie") ? accesses.get(0) : accesses.get(1);
        assertThat(refused.path("outcome").asString()).isEqualTo("DENIED");

        JsonNode byCompartment = new Http(port).get("/api/v1/dpo/accesses?compartment=case-1", "dpo", "demo").json();
        assertThat(byCompartment.path("accesses").size()).isGreaterThanOrEqualTo(2);

        trail.flush();
        Long audited = jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE actor_user = 'dpo' AND object_type = 'AUDIT'"
                + " AND details LIKE ?", Long.class, "dpo accesses object=" + item + "%");
        assertThat(audited).isOne();
    }

    @Test
    void onlyTheDpoAsksAndBadQuestionsGetA400() throws Exception {
        Http http = new Http(port);
        assertThat(http.get("/api/v1/dpo/activity", "admin", "demo").status()).isEqualTo(403);
        assertThat(http.get("/api/v1/dpo/accesses?object=x", "kali.fgp", "demo").status()).isEqualTo(403);
        assertThat(http.get("/api/v1/dpo/accesses", "dpo", "demo").status()).isEqualTo(400);
        assertThat(http.get("/api/v1/dpo/activity?from=2026-11-10&to=2026-11-01", "dpo", "demo").status()).isEqualTo(400);
        assertThat(http.get("/api/v1/dpo/activity?from=2024-01-01&to=2026-11-01", "dpo", "demo").status()).isEqualTo(400);
        assertThat(http.get("/api/v1/dpo/activity?from=yesterday", "dpo", "demo").status()).isEqualTo(400);
        assertThat(http.get("/api/v1/dpo/activity?sort=SIDEWAYS", "dpo", "demo").status()).isEqualTo(400);
        mvc.perform(get("/dpo").param("from", "not-a-date").with(user("dpo").roles("DPO")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"period-error\"")));
        mvc.perform(get("/dpo").with(user("lead").roles("PROJECT_LEAD"))).andExpect(status().isForbidden());
    }

    private void insert(List<Event> events) {
        jdbc.batchUpdate("INSERT INTO audit_pending (recorded_at, actor_user, actor_organisation, action, object_type,"
                        + " object_id, outcome) VALUES (?, ?, ?, ?, 'ITEM', ?, ?)",
                events.stream().map(e -> new Object[] { Timestamp.from(e.at()), e.user(), e.organisation(), e.action(),
                        UUID.randomUUID().toString(), e.outcome() }).toList());
        trail.flush();
    }
}
