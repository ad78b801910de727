package be.stroomplan.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import be.stroomplan.platform.Actor;

@AuditIntegrationTest
class AuditControllerIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcTemplate jdbc;

    String user;
    String object;
    String organisation;

    @BeforeEach
    void writeRows() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        user = "user-" + run;
        object = "subject-" + run;
        organisation = "ORG_" + run;
        Actor actor = new Actor(user, organisation, "10.1.2.3");
        trail.record(AuditRecord.of(AuditAction.READ).object("SUBJECT", object).purpose("KALI_ONDERZOEK")
                .compartment("dossier-9").actor(actor).build());
        trail.record(AuditRecord.of(AuditAction.SEARCH).object("SUBJECT", object).purpose("KALI_ONDERZOEK").actor(actor)
                .build());
        trail.record(AuditRecord.of(AuditAction.DISCLOSE).object("ITEM", "item-" + run).recipients("STAD_ANTWERPEN")
                .legalBasis("protocol P-1").actor(actor).build());
        trail.flush();
    }

    @Test
    @WithMockUser(username = "dpo", roles = "DPO")
    void listsNewestFirstWithAllFields() throws Exception {
        mvc.perform(get("/api/v1/audit").param("user", user))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(3))
                .andExpect(jsonPath("$.totalPages").value(1))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(50))
                .andExpect(jsonPath("$.items", hasSize(3)))
                .andExpect(jsonPath("$.items[0].action").value("DISCLOSE"))
                .andExpect(jsonPath("$.items[0].recipients[0]").value("STAD_ANTWERPEN"))
                .andExpect(jsonPath("$.items[0].legalBasis").value("protocol P-1"))
                .andExpect(jsonPath("$.items[0].actorOrganisation").value(organisation))
                .andExpect(jsonPath("$.items[0].clientAddress").value("10.1.2.3"))
                .andExpect(jsonPath("$.items[0].outcome").value("SUCCESS"))
                .andExpect(jsonPath("$.items[0].hash").isString())
                .andExpect(jsonPath("$.items[0].recordedAt").isString())
                .andExpect(jsonPath("$.items[2].action").value("READ"))
                .andExpect(jsonPath("$.items[2].compartment").value("dossier-9"))
                .andExpect(jsonPath("$.items[2].purpose").value("KALI_ONDERZOEK"));
        List<Long> ascending = jdbc.queryForList("SELECT sequence FROM audit_event WHERE actor_user = ? ORDER BY sequence",
                Long.class, user);
        mvc.perform(get("/api/v1/audit").param("user", user).param("sort", "sequence,asc").param("size", "2"))
                .andExpect(jsonPath("$.items[0].sequence").value(ascending.get(0)))
                .andExpect(jsonPath("$.items[1].sequence").value(ascending.get(1)))
                .andExpect(jsonPath("$.totalPages").value(2));
        mvc.perform(get("/api/v1/audit").param("user", user).param("size", "2").param("page", "1"))
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].sequence").value(ascending.get(0)));
    }

    @Test
    @WithMockUser(username = "dpo", roles = "DPO")
    void filters() throws Exception {
        mvc.perform(get("/api/v1/audit").param("subject", object)).andExpect(jsonPath("$.totalElements").value(2));
        mvc.perform(get("/api/v1/audit").param("object", object)).andExpect(jsonPath("$.totalElements").value(2));
        mvc.perform(get("/api/v1/audit").param("organisation", organisation))
                .andExpect(jsonPath("$.totalElements").value(3));
        mvc.perform(get("/api/v1/audit").param("user", user).param("action", "search"))
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.items[0].action").value("SEARCH"));
        String today = LocalDate.now(ZoneId.of("Europe/Brussels")).toString();
        String tomorrow = LocalDate.now(ZoneId.of("Europe/Brussels")).plusDays(1).toString();
        mvc.perform(get("/api/v1/audit").param("user", user).param("from", today).param("to", today))
                .andExpect(jsonPath("$.totalElements").value(3));
        mvc.perform(get("/api/v1/audit").param("user", user).param("from", tomorrow))
                .andExpect(jsonPath("$.totalElements").value(0));
        String recordedAt = jdbc.queryForObject(
                "SELECT to_char(min(recorded_at) AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"')"
                        + " FROM audit_event WHERE actor_user = ?", String.class, user);
        mvc.perform(get("/api/v1/audit").param("user", user).param("to", recordedAt))
                .andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(get("/api/v1/audit").param("user", user).param("from", "2000-01-01T00:00:00"))
                .andExpect(jsonPath("$.totalElements").value(3));
    }

    @ParameterizedTest
    @ValueSource(strings = { "size=501", "size=0", "page=-1", "page=x", "action=NOPE", "from=yesterday",
            "to=2026-13-01", "sort=name", "from=2026-11-29&to=2026-11-28", "subject=a&object=b" })
    @WithMockUser(username = "dpo", roles = "DPO")
    void badParametersGive400(String query) throws Exception {
        var request = get("/api/v1/audit");
        for (String pair : query.split("&")) {
            String[] parts = pair.split("=", 2);
            request = request.param(parts[0], parts[1]);
        }
        mvc.perform(request).andExpect(status().isBadRequest());
    }

    @Test
    @WithMockUser(username = "analyst", roles = "ANALYST")
    void othersThanTheDpoAreRefused() throws Exception {
        mvc.perform(get("/api/v1/audit")).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit/verify")).andExpect(status().isForbidden());
    }

    @Test
    @WithMockUser(username = "dpo-reader", roles = "DPO")
    void readingTheTrailIsAudited() throws Exception {
        mvc.perform(get("/api/v1/audit").param("user", user)).andExpect(status().isOk());
        trail.flush();
        assertThat(jdbc.queryForList("SELECT details FROM audit_event WHERE actor_user = 'dpo-reader'"
                + " AND action = 'READ' AND object_type = 'AUDIT'", String.class))
                .anySatisfy(details -> assertThat(details).contains("user=" + user));
    }

    @Test
    @WithMockUser(username = "dpo-verifier", roles = "DPO")
    void verifiesTheChainAndAuditsTheVerification() throws Exception {
        mvc.perform(get("/api/v1/audit/verify"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.valid", is(true)))
                .andExpect(jsonPath("$.checked", greaterThan(2)))
                .andExpect(jsonPath("$.lastHash").isString())
                .andExpect(jsonPath("$.firstBrokenSequence").doesNotExist());
        trail.flush();
        mvc.perform(get("/api/v1/audit").param("user", "dpo-verifier").param("action", "VERIFY"))
                .andExpect(jsonPath("$.items[*].outcome", everyItem(is("SUCCESS"))))
                .andExpect(jsonPath("$.items[0].objectType").value("AUDIT"));
    }
}
