package be.stroomplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import be.stroomplan.support.Http;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The subject register's pages in a real browser: search with its required purpose, the results,
 * a subject with its relations and matches (confirmed in the browser), and the create form with
 * translated field errors; axe-core finds no serious or critical WCAG 2.1 AA violation on any of them.
 */
class SubjectBrowserTests extends BrowserTest {

    @Test
    void searchSubjectMatchesAndTheCreateForm() {
        Http http = new Http(port);
        String title = "Browser " + UUID.randomUUID();
        var opened = http.post("/api/v1/compartments", "kali.fgp", "demo", "application/json",
                "{\"kind\": \"DOSSIER\", \"title\": \"" + title + "\", \"members\": []}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String dossier = opened.json().path("id").asString();
        String first = subject(http, dossier, "Hamza Ouazzani Touhami", "1988-07-21");
        String second = subject(http, dossier, "OUAZZANI TOUHAMI Hamza", "1988-07-21");
        assertThat(http.post("/api/v1/subjects/" + first + "/relations", "kali.fgp", "demo", "application/json",
                "{\"type\": \"FAMILY\", \"target\": \"" + second + "\"}").status()).isEqualTo(201);

        driver.manage().deleteAllCookies();
        Browser.logIn(driver, base(), "kali.fgp", "demo");
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.linkText("Betrokkenen")));
        assertAccessible("subject search");

        driver.findElement(By.id("q")).sendKeys("Ouazzani Touhami");
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.id("search")));
        assertThat(driver.findElement(By.id("purpose-error")).getText()).contains("verantwoording");
        assertAccessible("subject search without a purpose");

        new Select(driver.findElement(By.id("purpose-compartment"))).selectByVisibleText(title);
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.id("search")));
        assertThat(driver.findElements(By.cssSelector("#subjects tbody tr"))).hasSizeGreaterThanOrEqualTo(2);
        assertAccessible("subject search results");

        driver.get(base() + "/subjects/" + first);
        assertThat(driver.findElements(By.cssSelector("#relations tbody tr"))).hasSize(1);
        assertThat(driver.findElement(By.id("matches")).getText()).contains("OUAZZANI TOUHAMI Hamza");
        assertAccessible("subject with relations and matches");
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.cssSelector("#matches button.confirm-same")));
        assertThat(driver.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("De beslissing is vastgelegd.");
        assertThat(driver.findElement(By.id("matches")).getText()).contains("bevestigd: dezelfde");

        driver.get(base() + "/subjects/new?compartment=" + dossier);
        driver.findElement(By.id("identifierValue")).sendKeys("93051822362");
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.id("save")));
        assertThat(driver.findElement(By.id("identifierValue-error")).getText()).contains("controlegetal");
        assertThat(driver.findElement(By.id("name-error")).getText()).isEqualTo("Dit veld is verplicht.");
        assertAccessible("create form with errors");

        driver.get(base() + "/subjects/new?lang=fr");
        driver.findElement(By.id("identifierValue")).sendKeys("93051822362");
        new Select(driver.findElement(By.id("compartment"))).selectByVisibleText(title);
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.id("save")));
        assertThat(driver.findElement(By.id("name-error")).getText()).isEqualTo("Ce champ est obligatoire.");
        assertAccessible("create form with errors in French");

        driver.findElement(By.id("name")).sendKeys("Hamza Ouazzani");
        driver.findElement(By.id("identifierValue")).clear();
        driver.findElement(By.id("identifierValue")).sendKeys("93051822361");
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.id("save")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Hamza Ouazzani");
        assertThat(driver.findElement(By.id("identifiers")).getText()).contains("93.05.18-223.61");
        driver.get(base() + "/?lang=nl");
    }

    private static String subject(Http http, String dossier, String name, String birthDate) {
        var created = http.post("/api/v1/subjects", "kali.fgp", "demo", "application/json", """
                {"compartment": "%s", "type": "PERSON", "name": "%s", "birthDate": "%s", "category": "SUSPECT"}"""
                .formatted(dossier, name, birthDate));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asString();
    }
}
