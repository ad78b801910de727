package be.stroomplan.sharing.web;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import be.stroomplan.support.ApplicationTest;
import be.stroomplan.support.Http;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The sharing pages: my compartments, a compartment with its markings and withheld items, the item
 * page with attachments, disclosures and the disclose check, the why panel and the justification;
 * field errors in Dutch and French, 404 for what may not be known, CSRF on every form.
 */
@ApplicationTest
class SharingScreensTests {

    static final String PASSWORD = "demo";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService accounts;
    @LocalServerPort
    int port;

    Http http;
    String caseId;
    String itemId;
    String text;

    RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @BeforeEach
    void data() {
        http = new Http(port);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Brussels"));
        var protocol = http.post("/api/v1/protocols", "admin", PASSWORD, "application/json", """
                {"title": "%s", "provider": "PZ_ANTWERPEN", "recipients": ["STAD_ANTWERPEN"],
                 "purposes": ["MAHO_CASUSOVERLEG"], "categories": ["POLICE"], "legalBasis": "Art. 20 WPG",
                 "validFrom": "%s", "validTo": "%s"}""".formatted(unique("Schermen PZ → Stad"), today.minusDays(1), today.plusYears(1)));
        assertThat(protocol.status()).as(protocol.body()).isEqualTo(201);
        var activated = http.post("/api/v1/protocols/" + protocol.json().path("id").asString() + "/activate", "admin", PASSWORD,
                "application/json", "");
        assertThat(activated.status()).as(activated.body()).isEqualTo(200);
        var compartment = http.post("/api/v1/compartments", "kali.pza", PASSWORD, "application/json", """
                {"kind": "CASE", "title": "%s", "reference": "MAHO-T", "members": [
                  {"type": "ORGANISATION", "id": "STAD_ANTWERPEN", "role": "MEMBER"},
                  {"type": "ORGANISATION", "id": "RSZ_SOCIALE_INSPECTIE", "role": "MEMBER"}]}""".formatted(unique("Casus")));
        assertThat(compartment.status()).as(compartment.body()).isEqualTo(201);
        caseId = compartment.json().path("id").asString();
        text = unique("Vaststelling aan de loods");
        var item = http.post("/api/v1/compartments/" + caseId + "/items", "kali.pza", PASSWORD, "application/json", """
                {"category": "POLICE", "classification": "NONE", "tlp": "AMBER", "sourceReliability": "B",
                 "informationAccuracy": "2", "handlingCode": "H0", "text": "%s", "fields": {"plaats": "Antwerpen"}}"""
                .formatted(text));
        assertThat(item.status()).as(item.body()).isEqualTo(201);
        itemId = item.json().path("id").asString();
    }

    @Test
    void myCompartmentsAreListedAndANewOneOpens() throws Exception {
        // by title: the tests of other modules open many compartments that kali.pza works in (the KALI team's
        // dossiers), which push the demo case off the first page when sorted by kind
        mvc.perform(get("/compartments?sort=TITLE&dir=asc&page=abc").with(as("kali.pza"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Mijn compartimenten"), containsString("Carwash Noord"),
                        containsString("MAHO-casus"), containsString("aria-sort=\"ascending\""))));
        mvc.perform(get("/compartments").with(as("admin"))).andExpect(status().isForbidden());
        mvc.perform(post("/compartments").with(as("kali.pza")).param("kind", "CASE").param("title", "x"))
                .andExpect(status().isForbidden());

        mvc.perform(post("/compartments").with(csrf()).with(as("kali.pza")).param("kind", "GEEN").param("title", ""))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("Vul dit veld in."),
                        containsString("Kies een van de mogelijkheden."), containsString("aria-invalid=\"true\""))));
        mvc.perform(post("/compartments").with(csrf()).with(as("kali.pza")).param("lang", "fr").param("kind", "").param("title", ""))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("Veuillez remplir ce champ."),
                        not(containsString("Vul dit veld in.")))));
        String title = unique("Nieuwe actie");
        String location = mvc.perform(post("/compartments").with(csrf()).with(as("coac")).param("kind", "ACTION")
                        .param("title", title).param("reference", "COAC-1"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/compartments/*"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(as("coac"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(title), containsString("Beheerder"), containsString("add-member"))));
        mvc.perform(get("/compartments").with(as("coac"))).andExpect(content().string(containsString(title)));
    }

    @Test
    void theCompartmentShowsBadgesAndWithheldItemsAndHidesItselfFromOutsiders() throws Exception {
        mvc.perform(get("/compartments/" + caseId + "?sort=TITLE&dir=asc").with(as("kali.pza"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(text), containsString("Beperkte Verspreiding"),
                        containsString("TLP:AMBER"), containsString(">B2<"), containsString(">H0<"), containsString("Politioneel"),
                        containsString("Politiezone Antwerpen"), containsString("purpose=" + caseId))));
        mvc.perform(get("/compartments/" + caseId + "?lang=fr").with(as("inspectie"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Pièces que vous ne pouvez pas voir"),
                        containsString("/items/" + itemId + "/why"), not(containsString(text)))));
        mvc.perform(get("/compartments/" + caseId + "?sort=NONSENSE&page=-3&withheld=x").with(as("inspectie")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Waarom?")));
        mvc.perform(get("/compartments/" + caseId).with(as("douane"))).andExpect(status().isNotFound());
        mvc.perform(get("/compartments/" + UUID.randomUUID()).with(as("kali.pza"))).andExpect(status().isNotFound());
        mvc.perform(get("/compartments/geen-id").with(as("kali.pza"))).andExpect(status().isNotFound());
    }

    @Test
    void anItemIsAddedAfterItsFieldErrorsAreShownInDutchAndFrench() throws Exception {
        mvc.perform(post("/compartments/" + caseId + "/items").with(as("kali.pza")).param("text", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/compartments/" + caseId + "/items").with(csrf()).with(as("kali.pza")).param("category", "")
                        .param("handlingCode", "H3").param("tlp", "PAARS").param("text", ""))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("Vul dit veld in."),
                        containsString("Kies een van de mogelijkheden."), containsString("handlingNote-error"),
                        containsString("aria-invalid=\"true\""))));
        mvc.perform(post("/compartments/" + caseId + "/items").with(csrf()).with(as("kali.pza"))
                        .cookie(new Cookie("stroomplan-lang", "fr")).param("category", "POLICE").param("text", ""))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("Veuillez remplir ce champ."),
                        containsString("Le formulaire contient des erreurs."))));
        String title = unique("Nieuw stuk");
        mvc.perform(post("/compartments/" + caseId + "/items").with(csrf()).with(as("kali.pza")).param("category", "POLICE")
                        .param("classification", "BEPERKT").param("tlp", "AMBER+STRICT").param("sourceReliability", "A")
                        .param("informationAccuracy", "1").param("handlingCode", "H3").param("handlingNote", "Enkel na overleg")
                        .param("title", title).param("text", "Een vaststelling."))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/items/*?purpose=" + caseId));
        mvc.perform(get("/compartments/" + caseId).with(as("kali.pza")))
                .andExpect(content().string(allOf(containsString(title), containsString("TLP:AMBER+STRICT"), containsString(">A1<"),
                        containsString(">H3<"), containsString("Beperkt"))));
        mvc.perform(post("/compartments/" + caseId + "/items").with(csrf()).with(as("douane")).param("category", "POLICE"))
                .andExpect(status().isNotFound());
    }

    @Test
    void theItemPageDisclosesAfterTheCheckAndTheRecipientReadsIt() throws Exception {
        mvc.perform(get("/items/" + itemId + "?purpose=" + caseId).with(as("kali.pza"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(text), containsString("plaats"), containsString("Antwerpen"),
                        containsString("disclose-form"), containsString("Verstrekken aan een andere organisatie"))));
        // the check, as an htmx fragment
        mvc.perform(get("/items/" + itemId + "/disclose-check").header("HX-Request", "true").with(as("kali.pza"))
                        .param("recipient", "STAD_ANTWERPEN").param("compartment", caseId).param("purposeCode", "MAHO_CASUSOVERLEG"))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("Deze verstrekking is toegestaan."),
                        containsString("dekt deze verstrekking."), not(containsString("<html")))));
        // and without JavaScript: the whole page with the dialog open
        mvc.perform(get("/items/" + itemId + "/disclose-check").with(as("kali.pza")).param("recipient", "RSZ_SOCIALE_INSPECTIE")
                        .param("compartment", caseId).param("purposeCode", "MAHO_CASUSOVERLEG"))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("<html"),
                        containsString("Deze verstrekking is niet toegestaan:"), containsString("Het protocol noemt deze ontvanger niet."),
                        containsString("open=\"open\""))));
        mvc.perform(get("/items/" + itemId + "/disclose-check?lang=fr").header("HX-Request", "true").with(as("kali.pza"))
                        .param("recipient", "RSZ_SOCIALE_INSPECTIE").param("compartment", caseId).param("purposeCode", "MAHO_CASUSOVERLEG"))
                .andExpect(content().string(containsString("Cette communication n’est pas permise")));

        mvc.perform(post("/items/" + itemId + "/disclosures").with(as("kali.pza")).param("recipient", "STAD_ANTWERPEN"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/items/" + itemId + "/disclosures").with(csrf()).with(as("kali.pza")).param("recipient", ""))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("Vul dit veld in."),
                        containsString("purposeCode-error"))));
        mvc.perform(post("/items/" + itemId + "/disclosures").with(csrf()).with(as("kali.pza")).param("recipient", "RSZ_SOCIALE_INSPECTIE")
                        .param("compartment", caseId).param("purposeCode", "MAHO_CASUSOVERLEG"))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("Het stuk werd niet verstrekt:"),
                        containsString("Het protocol noemt deze ontvanger niet."))));
        mvc.perform(get("/items/" + itemId).with(as("stad"))).andExpect(status().isForbidden())
                .andExpect(content().string(allOf(containsString("Dit stuk is van een andere organisatie"), not(containsString(text)))));

        mvc.perform(post("/items/" + itemId + "/disclosures").with(csrf()).with(as("kali.pza")).param("purpose", caseId)
                        .param("recipient", "STAD_ANTWERPEN").param("compartment", caseId).param("purposeCode", "MAHO_CASUSOVERLEG"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "sharing.disclosure.made"));
        mvc.perform(get("/items/" + itemId).with(as("stad"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(text), containsString("Aan uw organisatie verstrekt"))));
        mvc.perform(get("/compartments/" + caseId).with(as("stad"))).andExpect(content().string(containsString(text)));
        // a second disclosure of the same is a conflict, shown as a message
        mvc.perform(post("/items/" + itemId + "/disclosures").with(csrf()).with(as("kali.pza"))
                        .param("recipient", "STAD_ANTWERPEN").param("compartment", caseId).param("purposeCode", "MAHO_CASUSOVERLEG"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("is al aan deze organisatie verstrekt")));

        String page = mvc.perform(get("/items/" + itemId).with(as("kali.pza"))).andReturn().getResponse().getContentAsString();
        String disclosure = page.replaceAll("(?s).*/disclosures/([0-9a-f-]{36})/revoke.*", "$1");
        mvc.perform(post("/items/" + itemId + "/disclosures/" + disclosure + "/revoke").with(csrf()).with(as("kali.pza")).param("reason", " "))
                .andExpect(flash().attribute("problem", "sharing.disclosure.reasonRequired"));
        mvc.perform(post("/items/" + itemId + "/disclosures/" + disclosure + "/revoke").with(csrf()).with(as("stad")).param("reason", "weg"))
                .andExpect(flash().attribute("problem", "sharing.disclosure.mayNotRevoke"));
        mvc.perform(post("/items/" + itemId + "/disclosures/" + disclosure + "/revoke").with(csrf()).with(as("kali.pza"))
                        .param("reason", "Niet meer nodig"))
                .andExpect(flash().attribute("notice", "sharing.disclosure.revoked"));
        mvc.perform(get("/items/" + itemId + "/why").with(as("stad"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("De verstrekking aan uw organisatie werd ingetrokken."),
                        not(containsString(text)))));
    }

    @Test
    void theWhyPanelExplainsWithoutContentAndAnUnknownItemIsNotFound() throws Exception {
        mvc.perform(get("/items/" + itemId + "/why?purpose=" + caseId).with(as("inspectie"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Waarom kan ik dit stuk niet zien?"),
                        containsString("Dit stuk is van een andere organisatie en werd niet aan uw organisatie verstrekt."),
                        containsString("data-reason=\"OTHER_ORGANISATION\""), not(containsString(text)), not(containsString("plaats")))));
        mvc.perform(get("/items/" + itemId + "/why?lang=fr").with(as("inspectie"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Cet élément appartient à une autre organisation")));
        mvc.perform(get("/items/" + itemId).with(as("inspectie"))).andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString(text))));
        mvc.perform(get("/items/" + itemId + "/why").with(as("kali.pza"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("U mag dit stuk lezen.")));
        for (String path : new String[] { "/items/" + itemId, "/items/" + itemId + "/why", "/items/" + UUID.randomUUID(),
                "/items/" + UUID.randomUUID() + "/why", "/items/niet-eens-een-id" }) {
            mvc.perform(get(path).with(as("douane"))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/items/" + itemId).with(as("dpo"))).andExpect(status().isForbidden());
    }

    @Test
    void aJustificationIsAskedForOutsideACompartmentAndAttachmentsAreChecked() throws Exception {
        mvc.perform(get("/items/" + itemId + "?purpose=kort").with(as("kali.pza"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Waarom opent u dit stuk?"),
                        containsString("Deze verantwoording is te kort"), not(containsString(text)))));
        mvc.perform(get("/items/" + itemId).param("purpose", "Nazicht voor het parket in het dossier van de loods")
                        .with(as("kali.pza"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(text), containsString("met de verantwoording"))));

        mvc.perform(multipart("/items/" + itemId + "/attachments").file(new MockMultipartFile("file", "nota.txt", "text/plain",
                        "Een nota.".getBytes(StandardCharsets.UTF_8))).with(as("kali.pza")))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/items/" + itemId + "/attachments").file(new MockMultipartFile("file", "virus.exe",
                        "application/octet-stream", "MZ".getBytes(StandardCharsets.US_ASCII))).with(csrf()).with(as("kali.pza")))
                .andExpect(status().isOk()).andExpect(content().string(allOf(
                        containsString("Dit soort bestand wordt niet aanvaard"), containsString("aria-describedby=\"file-hint file-error\""))));
        mvc.perform(multipart("/items/" + itemId + "/attachments").with(csrf()).with(as("kali.pza")).param("lang", "fr"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Choisissez un fichier non vide.")));
        mvc.perform(multipart("/items/" + itemId + "/attachments").file(new MockMultipartFile("file", "groot.txt", "text/plain",
                        new byte[10 * 1024 * 1024 + 1])).with(csrf()).with(as("kali.pza")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Het bestand is groter dan 10 MB.")));
        mvc.perform(multipart("/items/" + itemId + "/attachments").file(new MockMultipartFile("file", "nota.txt", "text/plain",
                        "Een nota.".getBytes(StandardCharsets.UTF_8))).with(csrf()).with(as("kali.pza")))
                .andExpect(flash().attribute("notice", "sharing.attachment.added"));
        String page = mvc.perform(get("/items/" + itemId).with(as("kali.pza"))).andExpect(content().string(containsString("nota.txt")))
                .andReturn().getResponse().getContentAsString();
        String link = page.replaceAll("(?s).*href=\"(/items/[0-9a-f-]{36}/attachments/[0-9a-f-]{36})[?\"].*", "$1");
        mvc.perform(get(link).with(as("kali.pza"))).andExpect(status().isOk()).andExpect(content().string("Een nota."));
        mvc.perform(get(link).with(as("douane"))).andExpect(status().isNotFound());
    }

    @Test
    void managersAddAndRemoveMembers() throws Exception {
        mvc.perform(post("/compartments/" + caseId + "/members").with(as("kali.pza")).param("type", "USER").param("id", "coac"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/compartments/" + caseId + "/members").with(csrf()).with(as("stad")).param("type", "USER").param("id", "coac"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/compartments/" + caseId + "/members").with(csrf()).with(as("kali.pza")).param("type", "USER")
                        .param("id", "niemand").param("role", "READER"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("bestaat niet")));
        mvc.perform(post("/compartments/" + caseId + "/members").with(csrf()).with(as("kali.pza")).param("type", "USER")
                        .param("id", "").param("role", "KONING").param("lang", "fr"))
                .andExpect(status().isOk()).andExpect(content().string(allOf(containsString("Veuillez remplir ce champ."),
                        containsString("Choisissez une des possibilités."))));
        mvc.perform(post("/compartments/" + caseId + "/members").with(csrf()).with(as("kali.pza")).param("type", "USER")
                        .param("id", "coac").param("role", "READER"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("notice", "sharing.member.added"));
        mvc.perform(get("/compartments/" + caseId).with(as("coac"))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Lezer"), not(containsString("add-item")))));
        mvc.perform(post("/compartments/" + caseId + "/members/remove").with(csrf()).with(as("kali.pza")).param("type", "USER")
                        .param("member", "kali.pza"))
                .andExpect(flash().attribute("problem", "sharing.error.lastManager"));
        mvc.perform(post("/compartments/" + caseId + "/members/remove").with(csrf()).with(as("kali.pza")).param("type", "GEEN")
                        .param("member", "coac"))
                .andExpect(flash().attribute("problem", "sharing.member.unknown"));
        mvc.perform(post("/compartments/" + caseId + "/members/remove").with(csrf()).with(as("kali.pza")).param("type", "USER")
                        .param("member", "coac"))
                .andExpect(flash().attribute("notice", "sharing.member.removed"));
    }
}
