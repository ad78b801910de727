package be.stroomplan.partners.web;

import be.stroomplan.support.ApplicationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import be.stroomplan.partners.PartnerDirectory;
import be.stroomplan.partners.Role;
import be.stroomplan.partners.UserProfile;
import be.stroomplan.partners.internal.UserStore;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The administrator screens over HTTP: who may use them, what they change, how they refuse. */
@ApplicationTest
class AdminScreensTests {

    private static final RequestPostProcessor ADMIN = user("admin").roles("FUNCTIONAL_ADMIN");

    @Autowired
    MockMvc mvc;
    @Autowired
    PartnerDirectory directory;
    @Autowired
    UserStore users;
    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void onlyFunctionalAdministratorsGetIn() throws Exception {
        for (String path : new String[] { "/admin", "/admin/organisations", "/admin/teams", "/admin/users", "/admin/users/new" }) {
            mvc.perform(get(path).with(ADMIN)).andExpect(status().isOk());
            mvc.perform(get(path).with(user("dpo").roles("DPO"))).andExpect(status().isForbidden());
            mvc.perform(get(path).with(user("kali.fgp").roles("INVESTIGATOR"))).andExpect(status().isForbidden());
        }
        mvc.perform(post("/admin/organisations/new").with(csrf()).with(user("lead").roles("PROJECT_LEAD"))
                        .param("code", "SNEAKY").param("nameNl", "x").param("nameFr", "x").param("nameEn", "x").param("kind", "OTHER"))
                .andExpect(status().isForbidden());
        assertThat(directory.organisation("SNEAKY")).isEmpty();
    }

    @Test
    void anAdministratorCreatesAndEditsAnOrganisation() throws Exception {
        String code = "STAD_" + suffix();
        mvc.perform(organisation(post("/admin/organisations/new"), code, "Stad Gent").param("active", "true").param("_active", "on"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/admin/organisations/*"));
        var created = directory.organisation(code).orElseThrow();
        assertThat(created.nameFr()).isEqualTo("Ville de Stad Gent");
        assertThat(created.active()).isTrue();

        mvc.perform(organisation(post("/admin/organisations/" + created.id()), "IGNORED", "Stad Gent (nieuw)").param("_active", "on"))
                .andExpect(status().is3xxRedirection());
        var updated = directory.organisation(code).orElseThrow();
        assertThat(updated.nameNl()).isEqualTo("Stad Gent (nieuw)");
        assertThat(updated.active()).isFalse();
        assertThat(directory.organisation("IGNORED")).isEmpty();
    }

    @Test
    void aDuplicateCodeIsAFormErrorNotAServerError() throws Exception {
        mvc.perform(organisation(post("/admin/organisations/new"), "DOUANE", "Douane bis"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Deze code bestaat al."), containsString("aria-invalid=\"true\""))));
        mvc.perform(team(post("/admin/teams/new"), "KALI").param("lang", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ce code existe déjà.")));
    }

    @Test
    void anInvalidFormIsShownAgainWithMessagesInTheUsersLanguage() throws Exception {
        mvc.perform(post("/admin/organisations/new").with(csrf()).with(ADMIN).param("code", "kleine letters"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Vul dit veld in."), containsString("Maak een keuze."),
                        containsString("Hoofdletters, cijfers en _"), containsString("value=\"KLEINE LETTERS\""))));
        mvc.perform(post("/admin/organisations/new").with(csrf()).with(ADMIN).param("lang", "fr").param("code", "X"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Veuillez remplir ce champ."), containsString("Majuscules, chiffres et _"),
                        not(containsString("Vul dit veld in.")))));
    }

    @Test
    void anAdministratorCreatesATeam() throws Exception {
        String code = "T" + suffix();
        mvc.perform(team(post("/admin/teams/new"), code)).andExpect(status().is3xxRedirection());
        assertThat(directory.teams()).anyMatch(team -> team.code().equals(code) && team.nameEn().equals("Team " + code));
    }

    @Test
    void anAdministratorCreatesAUserWithAHashedPasswordAndGivesItRoles() throws Exception {
        String username = "nieuw." + suffix().toLowerCase();
        UUID organisationId = directory.organisation("STAD_ANTWERPEN").orElseThrow().id();
        mvc.perform(post("/admin/users/new").with(csrf()).with(ADMIN).param("username", username.toUpperCase())
                        .param("displayName", "Nieuwe Collega").param("email", "collega@stad.invalid")
                        .param("organisationId", organisationId.toString()).param("password", "een lange zin als wachtwoord"))
                .andExpect(status().is3xxRedirection());
        var account = users.findByUsername(username).orElseThrow();
        assertThat(account.passwordHash()).doesNotContain("een lange zin");
        assertThat(passwordEncoder.matches("een lange zin als wachtwoord", account.passwordHash())).isTrue();

        UUID maho = directory.teams().stream().filter(t -> t.code().equals("MAHO")).findFirst().orElseThrow().id();
        mvc.perform(post("/admin/users/" + account.id() + "/memberships").with(csrf()).with(ADMIN)
                .param("teamId", maho.toString()).param("role", "CITY_OFFICER")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/users/" + account.id() + "/memberships").with(csrf()).with(ADMIN)
                .param("teamId", "").param("role", "ANALYST")).andExpect(status().is3xxRedirection());
        UserProfile profile = directory.profile(username).orElseThrow();
        assertThat(profile.roles()).containsExactlyInAnyOrder(Role.CITY_OFFICER, Role.ANALYST);
        assertThat(profile.teamCodes()).containsExactly("MAHO");

        mvc.perform(post("/admin/users/" + account.id() + "/memberships").with(csrf()).with(ADMIN)
                        .param("teamId", maho.toString()).param("role", "CITY_OFFICER"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("De gebruiker heeft deze rol al in dit team.")));

        var membership = profile.memberships().stream().filter(m -> m.role() == Role.ANALYST).findFirst().orElseThrow();
        mvc.perform(post("/admin/users/" + account.id() + "/memberships/" + membership.id() + "/delete").with(csrf()).with(ADMIN))
                .andExpect(status().is3xxRedirection());
        assertThat(directory.profile(username).orElseThrow().roles()).containsExactly(Role.CITY_OFFICER);

        mvc.perform(post("/admin/users/" + account.id() + "/enabled").with(csrf()).with(ADMIN).param("enabled", "false"))
                .andExpect(status().is3xxRedirection());
        assertThat(users.findById(account.id()).orElseThrow().enabled()).isFalse();

        mvc.perform(post("/admin/users/" + account.id() + "/password").with(csrf()).with(ADMIN).param("password", "te kort"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Het wachtwoord moet 12 tot 64 tekens tellen.")));
        mvc.perform(post("/admin/users/" + account.id() + "/password").with(csrf()).with(ADMIN).param("password", "een nieuwe lange zin"))
                .andExpect(status().is3xxRedirection());
        assertThat(passwordEncoder.matches("een nieuwe lange zin", users.findById(account.id()).orElseThrow().passwordHash())).isTrue();
    }

    @Test
    void aDuplicateUserNameOrAShortPasswordIsAFormError() throws Exception {
        UUID organisationId = directory.organisation("DOUANE").orElseThrow().id();
        mvc.perform(post("/admin/users/new").with(csrf()).with(ADMIN).param("username", "douane").param("displayName", "Twee")
                        .param("organisationId", organisationId.toString()).param("password", "een lange zin als wachtwoord"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Deze gebruikersnaam bestaat al."),
                        not(containsString("een lange zin als wachtwoord")))));
        mvc.perform(post("/admin/users/new").with(csrf()).with(ADMIN).param("lang", "en").param("username", "kort." + suffix().toLowerCase())
                        .param("displayName", "Kort").param("organisationId", organisationId.toString()).param("password", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The password must have 12 to 64 characters.")));
    }

    @Test
    void administratorsCannotLockThemselvesOut() throws Exception {
        UserProfile admin = directory.profile("admin").orElseThrow();
        mvc.perform(post("/admin/users/" + admin.id() + "/enabled").with(csrf()).with(ADMIN).param("enabled", "false"))
                .andExpect(status().is3xxRedirection());
        assertThat(users.findById(admin.id()).orElseThrow().enabled()).isTrue();
        var adminRole = admin.memberships().stream().filter(m -> m.role() == Role.FUNCTIONAL_ADMIN).findFirst().orElseThrow();
        mvc.perform(post("/admin/users/" + admin.id() + "/memberships/" + adminRole.id() + "/delete").with(csrf()).with(ADMIN))
                .andExpect(status().is3xxRedirection());
        assertThat(directory.profile("admin").orElseThrow().hasRole(Role.FUNCTIONAL_ADMIN)).isTrue();
    }

    @Test
    void theUserListIsPagedAndSortable() throws Exception {
        mvc.perform(get("/admin/users").param("sort", "DISPLAY_NAME").param("dir", "desc").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("aria-sort=\"descending\""), containsString("magistraat"),
                        containsString("Pagina 1 van"))));
        mvc.perform(get("/admin/users").param("sort", "NOPE").with(ADMIN)).andExpect(status().isBadRequest());
    }

    private static MockHttpServletRequestBuilder organisation(MockHttpServletRequestBuilder request, String code, String name) {
        return request.with(csrf()).with(ADMIN).param("code", code).param("nameNl", name).param("nameFr", "Ville de " + name)
                .param("nameEn", "City of " + name).param("kind", "CITY");
    }

    private static MockHttpServletRequestBuilder team(MockHttpServletRequestBuilder request, String code) {
        return request.with(csrf()).with(ADMIN).param("code", code).param("nameNl", "Team " + code)
                .param("nameFr", "Équipe " + code).param("nameEn", "Team " + code);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
    }
}
