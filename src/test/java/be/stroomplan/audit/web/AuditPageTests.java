package be.stroomplan.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDate;

import jakarta.servlet.http.Cookie;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import be.stroomplan.audit.AuditAction;
import be.stroomplan.audit.AuditOutcome;
import be.stroomplan.audit.AuditRecord;
import be.stroomplan.audit.AuditTrail;
import be.stroomplan.audit.internal.AuditEntry;
import be.stroomplan.audit.internal.AuditQuery.AuditPage;
import be.stroomplan.platform.Actor;
import be.stroomplan.support.ApplicationTest;

/** The DPO's audit trail page over HTTP: who gets in, what it shows, how it filters, pages and verifies. */
@ApplicationTest
class AuditPageTests {

    private static final RequestPostProcessor DPO = user("dpo").roles("DPO");
    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

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
        user = "page-user-" + run;
        object = "subject-" + run;
        organisation = "ORG_" + run.toUpperCase();
        Actor actor = new Actor(user, organisation, "10.1.2.3");
        trail.record(AuditRecord.of(AuditAction.READ).object("SUBJECT", object).purpose("KALI_ONDERZOEK")
                .compartment("dossier-9").actor(actor).build());
        trail.record(AuditRecord.of(AuditAction.SEARCH).object("SUBJECT", object).purpose("KALI_ONDERZOEK")
                .outcome(AuditOutcome.DENIED).actor(actor).build());
        trail.record(AuditRecord.of(AuditAction.DISCLOSE).object("ITEM", "item-" + run).recipients("STAD_ANTWERPEN", "DOUANE")
                .legalBasis("protocol P-1").actor(actor).build());
        trail.flush();
    }

    @Test
    void theDpoSeesTheRowsNewestFirstWithEveryColumn() throws Exception {
        MvcResult result = mvc.perform(get("/audit").param("user", user).with(DPO))
                .andExpect(status().isOk())
                .andExpect(view().name("audit/trail"))
                .andExpect(content().string(allOf(
                        containsString("<h1>Audittrail</h1>"),
                        containsString("aria-sort=\"descending\""),
                        containsString(">3 regels<"),
                        containsString(">Verstrekken<"), containsString(">Zoeken<"), containsString(">Raadplegen<"),
                        containsString(">Geslaagd<"), containsString(">Geweigerd<"),
                        containsString(organisation), containsString(object), containsString("dossier-9"),
                        containsString("KALI_ONDERZOEK"), containsString("protocol P-1"),
                        containsString("STAD_ANTWERPEN, DOUANE"), containsString("10.1.2.3"),
                        containsString("<details class=\"hash\">"))))
                .andReturn();
        List<Long> shown = sequences(result);
        List<Long> stored = jdbc.queryForList("SELECT sequence FROM audit_event WHERE actor_user = ? ORDER BY sequence DESC",
                Long.class, user);
        assertThat(shown).containsExactlyElementsOf(stored);
        AuditEntry newest = page(result).items().get(0);
        assertThat(result.getResponse().getContentAsString())
                .contains("<code>" + newest.hash().substring(0, 12) + "</code>")
                .contains(">" + newest.hash() + "</code>")
                .contains("datetime=\"" + java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME
                        .format(newest.recordedAt().atZone(BRUSSELS)) + "\"");

        MvcResult ascending = mvc.perform(get("/audit").param("user", user).param("sort", "asc").with(DPO))
                .andExpect(content().string(containsString("aria-sort=\"ascending\"")))
                .andReturn();
        List<Long> oldestFirst = new ArrayList<>(stored);
        Collections.reverse(oldestFirst);
        assertThat(sequences(ascending)).containsExactlyElementsOf(oldestFirst);
    }

    @Test
    void theLabelsFollowTheLanguage() throws Exception {
        mvc.perform(get("/audit").param("user", user).param("lang", "fr").with(DPO))
                .andExpect(content().string(allOf(containsString("<h1>Journal d’audit</h1>"),
                        containsString(">Communication<"), containsString(">Refusé<"), containsString("3 entrées"))));
        mvc.perform(get("/audit").param("user", user).param("lang", "en").with(DPO))
                .andExpect(content().string(allOf(containsString("<h1>Audit trail</h1>"),
                        containsString(">Disclose<"), containsString(">Denied<"), containsString("3 entries"))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({ "admin, FUNCTIONAL_ADMIN", "kali.fgp, INVESTIGATOR", "lead, PROJECT_LEAD" })
    void othersThanTheDpoAreRefused(String username, String role) throws Exception {
        mvc.perform(get("/audit").with(user(username).roles(role))).andExpect(status().isForbidden());
        mvc.perform(post("/audit/verify").with(csrf()).with(user(username).roles(role))).andExpect(status().isForbidden());
    }

    @Test
    void filtersByUserObjectOrganisationActionAndDates() throws Exception {
        assertThat(page(mvc.perform(get("/audit").param("object", object).with(DPO)).andReturn()).totalElements()).isEqualTo(2);
        assertThat(page(mvc.perform(get("/audit").param("organisation", organisation).with(DPO)).andReturn()).totalElements())
                .isEqualTo(3);
        AuditPage searches = page(mvc.perform(get("/audit").param("user", user).param("action", "SEARCH").with(DPO)).andReturn());
        assertThat(searches.items()).extracting(AuditEntry::action).containsExactly("SEARCH");

        String today = LocalDate.now(BRUSSELS).toString();
        String tomorrow = LocalDate.now(BRUSSELS).plusDays(1).toString();
        String yesterday = LocalDate.now(BRUSSELS).minusDays(1).toString();
        assertThat(page(mvc.perform(get("/audit").param("user", user).param("from", today).param("to", today).with(DPO))
                .andReturn()).totalElements()).isEqualTo(3);
        assertThat(page(mvc.perform(get("/audit").param("user", user).param("to", yesterday).with(DPO))
                .andReturn()).totalElements()).isZero();
        mvc.perform(get("/audit").param("user", user).param("from", tomorrow).with(DPO))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"no-entries\""), not(containsString("id=\"entries\"")))));
    }

    @Test
    void pagingKeepsTheFilterAndThePageSize() throws Exception {
        Actor actor = new Actor(user, organisation, "10.1.2.3");
        for (int i = 0; i < 50; i++) {
            trail.record(AuditRecord.of(AuditAction.READ).object("SUBJECT", "bulk-" + i).actor(actor).build());
        }
        trail.flush();
        MvcResult first = mvc.perform(get("/audit").param("user", user).param("action", "READ").with(DPO))
                .andExpect(content().string(allOf(containsString("Pagina 1 van 3"),
                        containsString("href=\"/audit?user=" + user + "&amp;action=READ&amp;size=20&amp;sort=desc&amp;page=1\""))))
                .andReturn();
        assertThat(page(first).items()).hasSize(20);
        AuditPage third = page(mvc.perform(get("/audit").param("user", user).param("action", "READ").param("page", "2").with(DPO))
                .andExpect(content().string(containsString("rel=\"prev\" href=\"/audit?user=" + user
                        + "&amp;action=READ&amp;size=20&amp;sort=desc&amp;page=1\"")))
                .andReturn());
        assertThat(third.items()).hasSize(11);
        assertThat(third.items().get(10).objectId()).isEqualTo(object);

        AuditPage fifty = page(mvc.perform(get("/audit").param("user", user).param("size", "50").with(DPO))
                .andExpect(content().string(allOf(containsString("<option value=\"50\" selected=\"selected\">50</option>"),
                        containsString("Pagina 1 van 2"), containsString("size=50&amp;sort=desc&amp;page=1"))))
                .andReturn());
        assertThat(fifty.size()).isEqualTo(50);
        assertThat(page(mvc.perform(get("/audit").param("user", user).param("size", "7").with(DPO)).andReturn()).size())
                .as("only 20, 50 or 100").isEqualTo(20);
        assertThat(page(mvc.perform(get("/audit").param("user", user).param("page", "x").with(DPO)).andReturn()).page())
                .isZero();
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({
            "from, yesterday,  '', Geef een geldige datum",
            "to,   2026-13-01, '', Geef een geldige datum",
            "to,   2026-11-28, 2026-11-29, De datum ‘tot en met’ mag niet vóór de datum ‘van’ liggen.",
            "action, NOPE,     '', Kies een handeling uit de lijst." })
    void anInvalidFilterIsShownBackWithAMessage(String field, String value, String from, String message) throws Exception {
        var request = get("/audit").param(field, value).param("user", user).with(DPO);
        if (!from.isEmpty()) {
            request = request.param("from", from);
        }
        MvcResult result = mvc.perform(request)
                .andExpect(status().isOk())
                .andExpect(view().name("audit/trail"))
                .andExpect(content().string(allOf(containsString(message), containsString("id=\"filter-error\""),
                        containsString("aria-describedby=\"" + field + "-error\""), containsString("aria-invalid=\"true\""),
                        not(containsString("id=\"entries\"")))))
                .andReturn();
        assertThat(result.getModelAndView().getModel()).doesNotContainKey("result");

        mvc.perform(get("/audit").param("from", "demain").param("lang", "fr").with(DPO))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Indiquez une date valide")));
    }

    @Test
    void readingThePageIsAudited() throws Exception {
        mvc.perform(get("/audit").param("user", user).param("action", "DISCLOSE").with(user("dpo-page-reader").roles("DPO")))
                .andExpect(status().isOk());
        trail.flush();
        assertThat(jdbc.queryForList("SELECT details FROM audit_event WHERE actor_user = 'dpo-page-reader'"
                + " AND action = 'READ' AND object_type = 'AUDIT'", String.class))
                .anySatisfy(details -> assertThat(details).contains("user=" + user, "action=DISCLOSE", "size=20"));
    }

    @Test
    void theVerificationWithoutJavaScriptRedirectsBackToThePageWithTheResult() throws Exception {
        MvcResult verified = mvc.perform(post("/audit/verify").with(csrf()).with(user("dpo-page-verifier").roles("DPO"))
                        .param("user", user).param("size", "50"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/audit?user=" + user + "&size=50&sort=desc&page=0"))
                .andExpect(flash().attributeExists("verification"))
                .andReturn();
        VerificationView verification = (VerificationView) verified.getFlashMap().get("verification");
        assertThat(verification.valid()).isTrue();
        assertThat(verification.checked()).isGreaterThan(2);

        Cookie session = verified.getResponse().getCookie("SESSION");
        assertThat(session).as("the result waits in the session for the page").isNotNull();
        mvc.perform(get(verified.getResponse().getRedirectedUrl()).cookie(session).with(DPO))
                .andExpect(content().string(allOf(containsString("id=\"verification-result\""),
                        containsString("data-valid=\"true\""), containsString("De keten is ongebroken"),
                        containsString(verification.lastHash()))));

        trail.flush();
        assertThat(jdbc.queryForList("SELECT outcome FROM audit_event WHERE actor_user = 'dpo-page-verifier'"
                + " AND action = 'VERIFY' AND object_type = 'AUDIT'", String.class)).containsOnly("SUCCESS").isNotEmpty();
    }

    @Test
    void theVerificationFromHtmxAnswersTheResultAlone() throws Exception {
        mvc.perform(post("/audit/verify").with(csrf()).with(DPO).header("HX-Request", "true").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"verification-result\""),
                        containsString("The chain is unbroken"), not(containsString("<html")), not(containsString("<h1")))));
    }

    @Test
    void theVerificationNeedsTheCsrfToken() throws Exception {
        mvc.perform(post("/audit/verify").with(DPO)).andExpect(status().isForbidden());
    }

    private static AuditPage page(MvcResult result) {
        return (AuditPage) result.getModelAndView().getModel().get("result");
    }

    private static List<Long> sequences(MvcResult result) {
        return page(result).items().stream().map(AuditEntry::sequence).toList();
    }
}
