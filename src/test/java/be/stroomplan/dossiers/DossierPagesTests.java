package be.stroomplan.dossiers;

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

import java.util.UUID;

import be.stroomplan.support.ApplicationTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The dossier pages and forms: a member sees the page, the list and the dashboard; an outsider
 * gets 404 for the page, its PDF and its forms, like for a random or malformed id; the forms refuse
 * bad input with messages and refuse what the role does not allow.
 */
@ApplicationTest
class DossierPagesTests {

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;

    DossierTestData data;
    String id;

    @BeforeEach
    void setUp() {
        data = new DossierTestData(port);
        id = data.open("kali.pza");
    }

    @Test
    void membersSeeThePageTheListAndTheDashboard() throws Exception {
        mvc.perform(get("/dossiers/" + id).with(user("kali.fgp").roles("INVESTIGATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Operatie Test"), containsString("/dossiers/" + id + "/network"),
                        containsString("id=\"subject-form\""), not(containsString("id=\"transition-form\"")))));
        mvc.perform(get("/dossiers/" + id).with(user("magistraat").roles("KALI_MAGISTRATE")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"transition-form\""), containsString("id=\"hold-form\""))));
        mvc.perform(get("/dossiers").with(user("kali.fgp").roles("INVESTIGATOR")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(id)));
        mvc.perform(get("/dossiers").param("sort", "NOTICE_NUMBER").param("dir", "asc").param("status", "OPEN")
                        .with(user("kali.fgp").roles("INVESTIGATOR")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("aria-sort=\"ascending\"")));
        mvc.perform(get("/kali").with(user("kali.pza").roles("INVESTIGATOR")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("KALI-overzicht")));
        mvc.perform(get("/dossiers").with(user("stad").roles("CITY_OFFICER")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(id))));
    }

    @Test
    void outsidersGet404ForThePageThePdfAndTheForms() throws Exception {
        for (String path : new String[] { "/dossiers/" + id, "/dossiers/" + UUID.randomUUID(), "/dossiers/nonsense",
                "/dossiers/" + id + "/summary.pdf" }) {
            mvc.perform(get(path).with(user("stad").roles("CITY_OFFICER"))).andExpect(status().isNotFound());
        }
        mvc.perform(post("/dossiers/" + id + "/seizures").param("kind", "CASH").param("amountEur", "5").param("seizedOn", "2026-01-01")
                .with(csrf()).with(user("maho.coord").roles("MAHO_COORDINATOR"))).andExpect(status().isNotFound());
        mvc.perform(post("/dossiers/" + id + "/embargo").param("embargo", "true")
                .with(csrf()).with(user("admin").roles("FUNCTIONAL_ADMIN"))).andExpect(status().isNotFound());
    }

    @Test
    void formsComeBackWithMessagesOrANotice() throws Exception {
        mvc.perform(post("/dossiers/" + id + "/seizures").param("kind", "DRUGS").param("drugType", "COCAINE")
                        .param("quantityKg", "-3").param("seizedOn", "2999-01-01").with(csrf()).with(user("kali.fgp").roles("INVESTIGATOR")))
                .andExpect(redirectedUrl("/dossiers/" + id + "#seizures")).andExpect(flash().attributeExists("problems"));
        mvc.perform(post("/dossiers/" + id + "/seizures").param("kind", "DRUGS").param("drugType", "CANNABIS")
                        .param("quantityKg", "12,5").param("seizedOn", "2026-01-01").with(csrf()).with(user("kali.fgp").roles("INVESTIGATOR")))
                .andExpect(flash().attribute("notice", "dossiers.detail.saved"));
        mvc.perform(post("/dossiers/" + id + "/embargo").param("embargo", "true").with(csrf()).with(user("kali.fgp").roles("INVESTIGATOR")))
                .andExpect(flash().attributeExists("problems"));
        mvc.perform(post("/dossiers/" + id + "/hold").param("reason", "Lopend onderzoek").with(csrf())
                        .with(user("magistraat").roles("KALI_MAGISTRATE")))
                .andExpect(flash().attribute("notice", "dossiers.detail.saved"));
        mvc.perform(get("/dossiers/" + id).with(user("kali.pza").roles("INVESTIGATOR")))
                .andExpect(content().string(allOf(containsString("Lopend onderzoek"), containsString("12.5"))));
        mvc.perform(post("/dossiers/new").param("noticeNumber", "AN.12.L1.1/26").with(csrf()).with(user("kali.fgp").roles("INVESTIGATOR")))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("noticeNumber-error"),
                        containsString("Het volgnummer bestaat uit zes cijfers"), containsString("title-error"))));
        mvc.perform(post("/dossiers/new").param("noticeNumber", DossierTestData.noticeNumber()).param("title", "Poging")
                .param("leadInvestigator", "kali.fgp").with(csrf()).with(user("stad").roles("CITY_OFFICER")))
                .andExpect(status().isForbidden());
    }
}
