package be.stroomplan.protocols;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

import be.stroomplan.support.ApplicationTest;
import be.stroomplan.support.Http;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The register's pages: create, edit, activate, refusals in the user's language, PDF uploads, the public list. */
@ApplicationTest
class ProtocolScreensTests {


    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    MessageSource messages;
    @LocalServerPort
    int port;

    ProtocolTestData data;

    RequestPostProcessor ADMIN;

    @BeforeEach
    void data() {
        data = new ProtocolTestData(new Http(port));
        ADMIN = as("admin");
    }

    /** A demo user with the organisation and roles of the real account. */
    RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    MockHttpServletRequestBuilder filled(MockHttpServletRequestBuilder request, String title) {
        return request.with(csrf()).with(ADMIN).param("title", title).param("provider", "FOD_FINANCIEN_BBI")
                .param("recipients", "PARKET_ANTWERPEN").param("purposes", "KALI_ONDERZOEK").param("categories", "FISCAL")
                .param("legalBasis", "Art. 20 WPG").param("validFrom", "2026-01-01").param("validTo", "2028-12-31")
                .param("providerDpo", "Zorro Geheimnaam").param("formats[FISCAL]", "CSV").param("retention[FISCAL]", "5 jaar")
                .param("signatories", "Directeur BBI\nProcureur des Konings");
    }

    @Test
    void anAdministratorCreatesEditsAndActivatesAProtocol() throws Exception {
        String location = mvc.perform(filled(post("/protocols/new"), "Scherm BBI → Parket"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/protocols/*"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(ADMIN)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Scherm BBI → Parket"), containsString("Ontwerp"),
                        containsString("Zorro Geheimnaam"), containsString("Wettelijk kader onvolledig"), containsString("5 jaar"))));
        mvc.perform(get(location + "/edit").with(ADMIN)).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Scherm BBI &rarr; Parket\"")));
        mvc.perform(filled(post(location + "/edit"), "Scherm BBI → Parket (bijgewerkt)")).andExpect(status().is3xxRedirection());
        mvc.perform(post(location + "/activate").with(csrf()).with(ADMIN))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "protocol.moved.activate"));
        mvc.perform(get(location).with(ADMIN)).andExpect(content().string(allOf(
                containsString("(bijgewerkt)"), containsString("Actief"))));
        // a second activation is refused with a translated message
        mvc.perform(post(location + "/activate").with(csrf()).with(ADMIN))
                .andExpect(flash().attribute("problem", "protocol.error.illegal.activate"));
        mvc.perform(get(location + "/edit").with(ADMIN)).andExpect(status().is3xxRedirection());
    }

    @Test
    void anInvalidFormIsShownAgainInDutchAndInFrench() throws Exception {
        mvc.perform(post("/protocols/new").with(csrf()).with(ADMIN).param("title", "").param("provider", "PZ_ANTWERPEN")
                        .param("recipients", "PZ_ANTWERPEN").param("validFrom", "2026-02-30").param("validTo", "2026-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Vul dit veld in."), containsString("Geef een datum in de vorm JJJJ-MM-DD."),
                        containsString("De verstrekker kan geen ontvanger zijn."), containsString("aria-invalid=\"true\""))));
        mvc.perform(post("/protocols/new").with(csrf()).with(ADMIN).param("lang", "fr").param("title", "Titre")
                        .param("validFrom", "2026-06-01").param("validTo", "2026-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Veuillez remplir ce champ."),
                        containsString("La date de fin précède la date de début."), not(containsString("Vul dit veld in.")))));
    }

    @Test
    void onlyAdministratorsSeeTheFormsAndPartiesSeeTheirProtocols() throws Exception {
        mvc.perform(get("/protocols/new").with(as("dpo"))).andExpect(status().isForbidden());
        mvc.perform(filled(post("/protocols/new"), "x").with(as("fiscus"))).andExpect(status().isForbidden());
        String id = data.create(ProtocolTestData.body("Alleen partijen", "DOUANE", "PZ_ANTWERPEN", "COAC_CONTROLE", "CUSTOMS",
                "2026-01-01", "2027-01-01"));
        mvc.perform(get("/protocols/" + id).with(as("douane"))).andExpect(status().isOk());
        mvc.perform(get("/protocols/" + id).with(as("dpo"))).andExpect(status().isOk());
        mvc.perform(get("/protocols/" + id).with(as("stad"))).andExpect(status().isNotFound());
        mvc.perform(get("/protocols").with(as("stad"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Alleen partijen"))));
        mvc.perform(get("/protocols?provider=DOUANE&sort=TITLE&dir=desc").with(as("douane"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Alleen partijen")));
    }

    @Test
    void pdfOpinionsAreCheckedStoredAndDownloaded() throws Exception {
        String id = data.create(ProtocolTestData.body("Met advies", "DOUANE", "PZ_ANTWERPEN", "COAC_CONTROLE", "CUSTOMS",
                "2026-01-01", "2027-01-01"));
        byte[] pdf = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);
        mvc.perform(multipart("/protocols/" + id + "/documents").file(new MockMultipartFile("file", "advies.exe",
                        "application/pdf", "MZ not a pdf".getBytes(StandardCharsets.US_ASCII))).param("kind", "PROVIDER_DPO_OPINION")
                        .with(csrf()).with(ADMIN))
                .andExpect(flash().attribute("problem", "protocol.document.notPdf"));
        mvc.perform(multipart("/protocols/" + id + "/documents").file(new MockMultipartFile("file", "vals.pdf",
                        "application/pdf", "<html>not a pdf</html>".getBytes(StandardCharsets.US_ASCII))).param("kind", "PROVIDER_DPO_OPINION")
                        .with(csrf()).with(ADMIN))
                .andExpect(flash().attribute("problem", "protocol.document.notPdf"));
        byte[] large = Arrays.copyOf(pdf, 10 * 1024 * 1024 + 1);
        mvc.perform(multipart("/protocols/" + id + "/documents").file(new MockMultipartFile("file", "groot.pdf",
                        "application/pdf", large)).param("kind", "PROVIDER_DPO_OPINION").with(csrf()).with(ADMIN))
                .andExpect(flash().attribute("problem", "protocol.document.tooLarge"));
        assertThat(messages.getMessage("protocol.document.tooLarge", null, Locale.forLanguageTag("nl")))
                .isEqualTo("Het bestand is groter dan 10 MB.");
        assertThat(messages.getMessage("protocol.document.notPdf", null, Locale.forLanguageTag("fr")))
                .startsWith("Le fichier n’est pas un document PDF.");

        mvc.perform(multipart("/protocols/" + id + "/documents").file(new MockMultipartFile("file", "advies DPO.pdf",
                        "application/pdf", pdf)).param("kind", "PROVIDER_DPO_OPINION").with(csrf()).with(ADMIN))
                .andExpect(flash().attribute("notice", "protocol.document.attached"));
        byte[] downloaded = mvc.perform(get("/protocols/" + id + "/versions/1/documents/PROVIDER_DPO_OPINION").with(as("douane")))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(downloaded).isEqualTo(pdf);
        mvc.perform(get("/protocols/" + id + "/versions/1/documents/PROVIDER_DPO_OPINION").with(as("stad")))
                .andExpect(status().isNotFound());
        var view = new Http(port).get("/api/v1/protocols/" + id, "admin", "demo").json();
        assertThat(view.path("providerDpoOpinion").path("document").path("filename").asString()).isEqualTo("advies DPO.pdf");
        assertThat(ProtocolApiIntegrationTests.texts(view.path("warnings"))).doesNotContain("providerDpoOpinionDocument")
                .contains("recipientDpoOpinionDocument");
    }

    @Test
    void thePublicPageListsActiveProtocolsWithoutPersonalData() throws Exception {
        String body = ProtocolTestData.body("Publiek zichtbaar protocol", "DOUANE", "PZ_ANTWERPEN", "COAC_CONTROLE", "CUSTOMS",
                "2026-01-01", "2030-01-01").replace("{", "{\"providerDpo\": \"Zorro Geheimnaam\", \"signatories\": [\"Zelda Ondertekenaar\"], ");
        data.createActive(body);
        data.create(body.replace("Publiek zichtbaar protocol", "Nog een ontwerp"));
        mvc.perform(get("/protocols/public")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Publiek zichtbaar protocol"),
                        containsString("PZ Antwerpen → Stad Antwerpen, MAHO"), not(containsString("Nog een ontwerp")),
                        not(containsString("Zorro Geheimnaam")), not(containsString("Zelda Ondertekenaar")),
                        not(containsString("Demo DPO")), not(containsString("geschorst")), not(containsString("2024–2025")))));
        mvc.perform(get("/protocols/public?lang=fr")).andExpect(content().string(containsString("Protocoles actifs")));
    }
}
