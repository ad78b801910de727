package be.stroomplan.platform.web;

import be.stroomplan.support.ApplicationTest;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.web.servlet.MockMvc;

/** The layout: navigation by role, the language switch, the start page's profile. */
@ApplicationTest
class WebShellTests {

    @Autowired
    MockMvc mvc;

    @Test
    void administratorsSeeBeheerButNotTheAuditTrail() throws Exception {
        mvc.perform(get("/").with(user("admin").roles("FUNCTIONAL_ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("href=\"/admin\""), not(containsString("href=\"/audit\"")),
                        containsString("href=\"/swagger-ui.html\""), containsString("aria-current=\"page\""))));
    }

    @Test
    void dataProtectionOfficersSeeTheAuditTrailButNotBeheer() throws Exception {
        mvc.perform(get("/").with(user("dpo").roles("DPO")))
                .andExpect(content().string(allOf(containsString("href=\"/audit\""), not(containsString("href=\"/admin\"")))));
    }

    @Test
    void investigatorsSeeNeither() throws Exception {
        mvc.perform(get("/").with(user("kali.fgp").roles("INVESTIGATOR")))
                .andExpect(content().string(allOf(not(containsString("href=\"/audit\"")), not(containsString("href=\"/admin\"")),
                        containsString("href=\"/swagger-ui.html\""))));
    }

    @Test
    void theStartPageShowsOrganisationTeamsAndRolesInTheUsersLanguage() throws Exception {
        mvc.perform(get("/").with(user("magistraat").roles("KALI_MAGISTRATE")))
                .andExpect(content().string(allOf(containsString("Parket Antwerpen"), containsString("KALI-magistraat"),
                        containsString("Multidisciplinair ad hoc overleg"), containsString("lang=\"nl\""),
                        containsString("<time id=\"server-time\" datetime=\""))));
        mvc.perform(get("/").param("lang", "fr").with(user("magistraat").roles("KALI_MAGISTRATE")))
                .andExpect(content().string(allOf(containsString("Magistrat KALI"), containsString("Concertation multidisciplinaire ad hoc"),
                        containsString("lang=\"fr\""))));
        mvc.perform(get("/").param("lang", "en").with(user("magistraat").roles("KALI_MAGISTRATE")))
                .andExpect(content().string(allOf(containsString("Antwerp Public Prosecutor"), containsString("KALI magistrate"))));
    }

    @Test
    void theLanguageSwitchKeepsThePageAndItsParameters() throws Exception {
        mvc.perform(get("/admin/users?page=0&sort=DISPLAY_NAME").with(user("admin").roles("FUNCTIONAL_ADMIN")))
                .andExpect(content().string(allOf(
                        containsString("href=\"/admin/users?page=0&amp;sort=DISPLAY_NAME&amp;lang=fr\""),
                        containsString("href=\"/admin/users?page=0&amp;sort=DISPLAY_NAME&amp;lang=en\""))));
    }

    @Test
    void theLoginPageNeedsNoLoginAndSendsAStrictPolicy() throws Exception {
        mvc.perform(get("/login?error"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", containsString("style-src 'self'")))
                .andExpect(content().string(allOf(containsString("Gebruikersnaam of wachtwoord is onjuist."),
                        containsString("href=\"/login?error&amp;lang=fr\""), not(containsString("style=")),
                        not(containsString("<script>")))));
    }

    @Test
    void unknownPagesAreNotFoundForLoggedInUsers() throws Exception {
        mvc.perform(get("/admin/organisations/00000000-0000-0000-0000-000000000000").with(user("admin").roles("FUNCTIONAL_ADMIN")))
                .andExpect(status().isNotFound());
    }
}
