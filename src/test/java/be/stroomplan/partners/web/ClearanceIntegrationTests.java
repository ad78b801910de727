package be.stroomplan.partners.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import be.stroomplan.audit.AuditTrail;
import be.stroomplan.partners.Classification;
import be.stroomplan.partners.Clearance;
import be.stroomplan.partners.PartnerDirectory;
import be.stroomplan.partners.internal.UserAccount;
import be.stroomplan.partners.internal.UserStore;
import be.stroomplan.support.ApplicationTest;
import be.stroomplan.support.Http;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** Administrators set clearances, on the screen and over the API; users see their own. */
@ApplicationTest
class ClearanceIntegrationTests {

    private static final String JSON = "application/json";

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserStore users;
    @Autowired
    PartnerDirectory directory;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    AuditTrail auditTrail;
    @Autowired
    JdbcClient jdbc;

    Http http;
    UserAccount account;

    @BeforeEach
    void newUser() {
        http = new Http(port);
        var organisation = directory.organisation("STAD_ANTWERPEN").orElseThrow();
        account = users.create("clear." + UUID.randomUUID().toString().substring(0, 8), "Te machtigen", null,
                organisation.id(), passwordEncoder.encode("demo"));
    }

    @Test
    void demoUsersHaveTheirClearanceAndSeeIt() {
        var me = http.get("/api/v1/me", "kali.fgp", "demo").json();
        assertThat(me.path("clearance").path("level").asString()).isEqualTo("GEHEIM");
        assertThat(LocalDate.parse(me.path("clearance").path("validUntil").asString())).isAfter(LocalDate.now().plusYears(4));
        assertThat(directory.profile("kali.pza").orElseThrow().clearance().level()).isEqualTo(Classification.VERTROUWELIJK);
        assertThat(directory.profile("admin").orElseThrow().clearance()).isEqualTo(Clearance.NONE);
    }

    @Test
    void anAdministratorSetsAClearanceOverTheApiAndItIsAudited() {
        String path = "/api/v1/users/" + account.username() + "/clearance";
        var set = http.put(path, "admin", "demo", JSON, "{\"level\": \"VERTROUWELIJK\", \"validUntil\": \"2027-06-30\"}");
        assertThat(set.status()).isEqualTo(200);
        assertThat(set.json().path("level").asString()).isEqualTo("VERTROUWELIJK");

        var profile = directory.profile(account.username()).orElseThrow();
        assertThat(profile.clearance()).isEqualTo(new Clearance(Classification.VERTROUWELIJK, LocalDate.of(2027, 6, 30)));
        assertThat(http.get(path, "admin", "demo").json().path("validUntil").asString()).isEqualTo("2027-06-30");
        assertThat(http.get("/api/v1/me", account.username(), "demo").json().path("clearance").path("level").asString())
                .isEqualTo("VERTROUWELIJK");

        auditTrail.flush();
        String details = jdbc.sql("SELECT details FROM audit_event WHERE action = 'UPDATE' AND object_type = 'USER' AND object_id = ?"
                + " ORDER BY sequence DESC LIMIT 1").param(account.id().toString()).query(String.class).single();
        assertThat(details).contains("VERTROUWELIJK").contains("2027-06-30");
    }

    @Test
    void onlyAdministratorsSetClearancesAndBadInputIsA400() {
        String path = "/api/v1/users/" + account.username() + "/clearance";
        assertThat(http.put(path, "kali.fgp", "demo", JSON, "{\"level\": \"ZEER_GEHEIM\"}").status()).isEqualTo(403);
        assertThat(http.put(path, "dpo", "demo", JSON, "{\"level\": \"ZEER_GEHEIM\"}").status()).isEqualTo(403);
        assertThat(http.get(path, "stad", "demo").status()).isEqualTo(403);

        var missing = http.put(path, "admin", "demo", JSON, "{\"validUntil\": \"2027-01-01\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
        var unknown = http.put(path, "admin", "demo", JSON, "{\"level\": \"TOP_SECRET\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(http.put("/api/v1/users/nobody.here/clearance", "admin", "demo", JSON, "{\"level\": \"BEPERKT\"}").status())
                .isEqualTo(404);
        assertThat(users.clearance(account.id())).isEqualTo(Clearance.NONE);
    }

    @Test
    void theUserScreenShowsAndSetsTheClearance() throws Exception {
        var admin = user("admin").roles("FUNCTIONAL_ADMIN");
        mvc.perform(get("/admin/users/" + account.id()).with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"clearance-heading\"")));
        mvc.perform(post("/admin/users/" + account.id() + "/clearance").with(csrf()).with(admin)
                        .param("level", "GEHEIM").param("validUntil", "2028-01-31"))
                .andExpect(status().is3xxRedirection());
        assertThat(users.clearance(account.id())).isEqualTo(new Clearance(Classification.GEHEIM, LocalDate.of(2028, 1, 31)));

        mvc.perform(post("/admin/users/" + account.id() + "/clearance").with(csrf()).with(admin).param("validUntil", "2028-01-31"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"level-error\"")));
        mvc.perform(post("/admin/users/" + account.id() + "/clearance").with(csrf()).with(user("stad").roles("CITY_OFFICER"))
                        .param("level", "ZEER_GEHEIM"))
                .andExpect(status().isForbidden());
        assertThat(users.clearance(account.id()).level()).isEqualTo(Classification.GEHEIM);
    }
}
