package be.stroomplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;

/** Every demo user logs in with a real browser and sees the navigation of its roles. */
class NavigationBrowserTests extends BrowserTest {

    @BeforeEach
    void loggedOut() {
        driver.manage().deleteAllCookies();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "magistraat, Parket Antwerpen,                          KALI-magistraat",
            "maho.coord, Parket Antwerpen,                          MAHO-coördinator",
            "kali.fgp,   Federale Gerechtelijke Politie Antwerpen,  Rechercheur",
            "kali.pza,   Politiezone Antwerpen (lokale recherche),  Rechercheur",
            "coac,       Politiezone Antwerpen (lokale recherche),  COAC-coördinator",
            "stad,       Stad Antwerpen,                            Stadsambtenaar",
            "inspectie,  RSZ / Sociale Inspectie,                   Inspecteur",
            "fiscus,     FOD Financiën (BBI),                       MAHO-partner",
            "douane,     Douane en Accijnzen,                       Inspecteur",
            "audit,      Arbeidsauditoraat Antwerpen,               MAHO-partner",
            "lead,       Federale Gerechtelijke Politie Antwerpen,  Projectleider",
            "dpo,        Federale Gerechtelijke Politie Antwerpen,  Functionaris voor gegevensbescherming",
            "admin,      Federale Gerechtelijke Politie Antwerpen,  Functioneel beheerder" })
    void everyDemoUserSeesTheNavigationOfItsRoles(String username, String organisation, String role) {
        Browser.logIn(driver, base(), username, "demo");

        List<String> expected = switch (username) {
            case "admin" -> List.of("Start", "Protocollen", "Beheer", "API");
            case "dpo" -> List.of("Start", "Protocollen", "DPO-werkruimte", "Audittrail", "API");
            case "lead" -> List.of("Start", "Impact", "Protocollen", "API");
            case "magistraat" ->
                    List.of("Start", "Compartimenten", "Betrokkenen", "KALI", "Netwerk", "Deconflictie", "Impact", "Protocollen", "API");
            case "kali.fgp", "kali.pza" ->
                    List.of("Start", "Compartimenten", "Betrokkenen", "KALI", "Netwerk", "Protocollen", "API");
            case "maho.coord" -> List.of("Start", "Compartimenten", "Betrokkenen", "Casussen", "Impact", "Protocollen", "API");
            case "stad", "audit" ->
                    List.of("Start", "Compartimenten", "Betrokkenen", "Casussen", "Protocollen", "API");
            case "inspectie", "fiscus" ->
                    List.of("Start", "Compartimenten", "Betrokkenen", "Casussen", "COAC", "Protocollen", "API");
            case "coac", "douane" -> List.of("Start", "Compartimenten", "Betrokkenen", "COAC", "Protocollen", "API");
            default -> List.of("Start", "Compartimenten", "Betrokkenen", "Protocollen", "API");
        };
        assertThat(navigation()).containsExactlyElementsOf(expected);
        assertThat(driver.findElement(By.cssSelector(".main-nav a[aria-current=page]")).getText()).isEqualTo("Start");
        assertThat(driver.findElement(By.id("profile-organisation")).getText()).isEqualTo(organisation);
        assertThat(driver.findElement(By.id("profile-roles")).getText()).contains(role);
        assertThat(driver.findElement(By.id("server-time")).getAttribute("datetime")).matches(".*\\+0[12]:00");

        Browser.logOut(driver);
        assertThat(driver.getCurrentUrl()).endsWith("/login?logout");
        assertThat(driver.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("U bent afgemeld.");
        driver.get(base() + "/");
        assertThat(driver.getCurrentUrl()).endsWith("/login");
    }

    @Test
    void aWrongPasswordShowsTheErrorMessage() {
        Browser.logIn(driver, base(), "kali.pza", "geen-demo");
        assertThat(driver.getCurrentUrl()).endsWith("/login?error");
        assertThat(driver.findElement(By.cssSelector("[role=alert]")).getText()).isEqualTo("Gebruikersnaam of wachtwoord is onjuist.");
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.id("lang-fr")));
        assertThat(driver.findElement(By.cssSelector("[role=alert]")).getText())
                .isEqualTo("Nom d'utilisateur ou mot de passe incorrect.");
        assertThat(driver.findElements(By.cssSelector(".main-nav"))).isEmpty();
    }

    @Test
    void theLanguageSwitchTranslatesTheCurrentPage() {
        Browser.logIn(driver, base(), "stad", "demo");
        assertThat(heading()).isEqualTo("Start");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("nl");

        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.id("lang-fr")));
        assertThat(heading()).isEqualTo("Accueil");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("fr");
        assertThat(driver.findElement(By.id("profile-organisation")).getText()).isEqualTo("Ville d'Anvers");
        assertThat(driver.findElement(By.id("profile-roles")).getText()).contains("Agent de la ville", "Partenaire MAHO");
        assertThat(navigation()).containsExactly("Accueil", "Compartiments", "Personnes et entités", "Cas", "Protocoles", "API");

        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.id("lang-en")));
        assertThat(heading()).isEqualTo("Home");
        assertThat(driver.findElement(By.id("profile-organisation")).getText()).isEqualTo("City of Antwerp");
        assertThat(driver.findElement(By.id("logout")).getText()).isEqualTo("Log out");

        driver.get(base() + "/");
        assertThat(heading()).as("the choice is remembered").isEqualTo("Home");
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.id("lang-nl")));
        assertThat(heading()).isEqualTo("Start");
    }

    @Test
    void kaliMembersSeeTheKaliEntryInFrenchToo() {
        Browser.logIn(driver, base(), "kali.pza", "demo");
        driver.get(base() + "/?lang=fr");
        assertThat(navigation()).containsExactly("Accueil", "Compartiments", "Personnes et entités", "KALI", "Réseau", "Protocoles", "API");
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.linkText("KALI")));
        assertThat(heading()).isEqualTo("Aperçu KALI");
        assertThat(driver.findElement(By.cssSelector(".main-nav a[aria-current=page]")).getText()).isEqualTo("KALI");
        driver.get(base() + "/?lang=nl");
        Browser.logOut(driver);
    }

    @Test
    void theMagistrateSeesTheDeconflictionInboxInFrench() {
        Browser.logIn(driver, base(), "magistraat", "demo");
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.id("lang-fr")));
        assertThat(navigation()).containsExactly("Accueil", "Compartiments", "Personnes et entités", "KALI", "Réseau",
                "Déconfliction", "Impact", "Protocoles", "API");
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.linkText("Déconfliction")));
        assertThat(heading()).isEqualTo("Boîte de déconfliction");
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.id("lang-nl")));
        assertThat(heading()).isEqualTo("Deconflictie-inbox");
        Browser.logOut(driver);
    }

    @Test
    void coacUsersSeeTheCoacEntryInFrenchToo() {
        for (String username : List.of("coac", "douane")) {
            Browser.logIn(driver, base(), username, "demo");
            driver.get(base() + "/?lang=fr");
            assertThat(navigation()).containsExactly("Accueil", "Compartiments", "Personnes et entités", "COAC", "Protocoles", "API");
            Browser.clickAndWaitForNextPage(driver, driver.findElement(By.linkText("COAC")));
            assertThat(heading()).isEqualTo("Actions COAC");
            assertThat(driver.findElement(By.cssSelector(".main-nav a[aria-current=page]")).getText()).isEqualTo("COAC");
            driver.get(base() + "/?lang=nl");
            assertThat(navigation()).containsExactly("Start", "Compartimenten", "Betrokkenen", "COAC", "Protocollen", "API");
            Browser.logOut(driver);
        }
    }

    @Test
    void theProjectLeadSeesTheImpactEntryInFrench() {
        Browser.logIn(driver, base(), "lead", "demo");
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.id("lang-fr")));
        assertThat(navigation()).containsExactly("Accueil", "Impact", "Protocoles", "API");
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.linkText("Impact")));
        assertThat(heading()).isEqualTo("Impact");
        assertThat(driver.findElement(By.cssSelector(".main-nav a[aria-current=page]")).getText()).isEqualTo("Impact");
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.id("lang-nl")));
        assertThat(navigation()).containsExactly("Start", "Impact", "Protocollen", "API");
        Browser.logOut(driver);
    }

    @Test
    void aKaliInvestigatorSeesTheNetworkInFrench() {
        Browser.logIn(driver, base(), "kali.pza", "demo");
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.id("lang-fr")));
        assertThat(navigation()).containsExactly("Accueil", "Compartiments", "Personnes et entités", "KALI", "Réseau", "Protocoles", "API");
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.id("lang-nl")));
        assertThat(navigation()).containsExactly("Start", "Compartimenten", "Betrokkenen", "KALI", "Netwerk", "Protocollen", "API");
    }

    @Test
    void theLanguageSwitchStaysOnTheAdministratorsPage() {
        Browser.logIn(driver, base(), "admin", "demo");
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.linkText("Beheer")));
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.linkText("Gebruikers")));
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.linkText("Naam")));
        assertThat(heading()).isEqualTo("Gebruikers");
        assertThat(driver.findElement(By.cssSelector(".main-nav a[aria-current=page]")).getText()).isEqualTo("Beheer");

        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.id("lang-fr")));
        assertThat(heading()).isEqualTo("Utilisateurs");
        assertThat(driver.getCurrentUrl()).contains("/admin/users?sort=DISPLAY_NAME&dir=asc&lang=fr");
        assertThat(driver.findElement(By.cssSelector("th[aria-sort]")).getText()).isEqualTo("Nom");
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.id("lang-nl")));
    }

    private List<String> navigation() {
        return driver.findElements(By.cssSelector(".main-nav a")).stream().map(WebElement::getText).toList();
    }

    private String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }
}
