package be.stroomplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Random;
import java.util.UUID;

import be.stroomplan.support.Http;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import tools.jackson.databind.JsonNode;

/**
 * A partner answers an information request on the case page, and a release request goes from the
 * case page to the KALI magistrate’s list and decision page (checkboxes per part) and back to the
 * requester’s status page; axe-core finds no serious or critical WCAG 2.1 AA violation on them.
 */
class ReleaseBrowserTests extends BrowserTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Brussels"));

    @Test
    void aPartnerAnswersAndTheMagistrateReleasesASelection() {
        Http http = new Http(port);
        Random random = new Random();
        long first = random.nextInt(9_000_000) + 1_000_000L;
        String kbo = "%08d%02d".formatted(first, 97 - first % 97);
        String notice = "AN.12.L1.%06d/26".formatted(random.nextInt(900_000) + 100_000);
        String dossier = json(http.post("/api/v1/dossiers", "kali.fgp", "demo", "application/json", """
                {"noticeNumber": "%s", "title": "Operatie Browser", "magistrate": "magistraat", "leadInvestigator": "kali.fgp"}"""
                .formatted(notice)), 201).path("id").asString();
        json(http.post("/api/v1/dossiers/" + dossier + "/subjects", "kali.fgp", "demo", "application/json", """
                {"subject": {"type": "COMPANY", "name": "Browser Haven BV",
                 "identifiers": [{"type": "ENTERPRISE_NUMBER", "value": "%s"}]}, "category": "SUSPECT"}""".formatted(kbo)), 201);
        String item = json(http.post("/api/v1/dossiers/" + dossier + "/items", "kali.fgp", "demo", "application/json", """
                {"category": "JUDICIAL", "classification": "NONE", "tlp": "AMBER", "sourceReliability": "B",
                 "informationAccuracy": "2", "handlingCode": "H0", "title": "Verhoor", "text": "Vertrouwelijke verklaring",
                 "fields": {"omzet": "900000 contant", "bron": "Informant Zulu"}}"""), 201).path("id").asString();
        String caseId = json(http.post("/api/v1/cases", "maho.coord", "demo", "application/json", """
                {"title": "Browservrijgave %s", "signal": "Signaal", "participants": ["STAD_ANTWERPEN"],
                 "subjects": [{"type": "COMPANY", "name": "Carwash Browser BV",
                               "identifiers": [{"type": "ENTERPRISE_NUMBER", "value": "%s"}]}]}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8), kbo)), 201).path("id").asString();
        json(http.post("/api/v1/cases/" + caseId + "/information-requests", "maho.coord", "demo", "application/json", """
                {"organisation": "STAD_ANTWERPEN", "question": "Welke vergunningen heeft de uitbater?", "due": "%s"}"""
                .formatted(TODAY.plusDays(7))), 201);

        // the City answers the request on the case page, then asks the magistrate
        driver.manage().deleteAllCookies();
        Browser.logIn(driver, base(), "stad", "demo");
        driver.get(base() + "/cases/" + caseId);
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.id("acknowledge")));
        assertThat(driver.findElement(By.className("my-request")).getText()).contains("Welke vergunningen");
        assertAccessible("case page with a request to answer");
        driver.findElement(By.cssSelector(".my-request textarea")).sendKeys("Exploitatievergunning sinds 2024");
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.cssSelector(".my-request button")));
        assertThat(driver.findElement(By.className("my-request")).getText()).contains("beantwoord", "Exploitatievergunning");
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.id("request-release")));
        assertAccessible("release request form");
        driver.findElement(By.id("question")).sendKeys("Is de uitbater gekend in een gerechtelijk onderzoek?");
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.id("ask")));
        assertThat(driver.findElement(By.id("release-status")).getText()).isEqualTo("Wacht op de magistraat");
        String statusUrl = driver.getCurrentUrl();
        String request = statusUrl.substring(statusUrl.lastIndexOf('/') + 1);
        assertAccessible("release status page");
        Browser.logOut(driver);

        // the magistrate chooses the item and releases its title and one field
        Browser.logIn(driver, base(), "magistraat", "demo");
        driver.get(base() + "/magistrate/releases?page=0");
        assertAccessible("release list");
        driver.get(base() + "/magistrate/releases/" + request);
        assertThat(driver.findElement(By.tagName("body")).getText()).contains(notice, "Carwash Browser BV");
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.id("choose-" + item)));
        assertAccessible("release decision page");
        driver.findElement(By.id("pick-title")).click();
        driver.findElement(By.xpath("//input[@name='fields' and @value='omzet']")).click();
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.id("approve")));
        assertThat(driver.getCurrentUrl()).contains("/magistrate/releases");
        Browser.logOut(driver);

        // the requester sees the outcome; the timeline says so
        Browser.logIn(driver, base(), "stad", "demo");
        driver.get(statusUrl);
        assertThat(driver.findElement(By.id("release-status")).getText()).isEqualTo("Vrijgegeven");
        driver.get(base() + "/cases/" + caseId);
        assertThat(driver.findElement(By.id("timeline")).getText()).contains("Vrijgave goedgekeurd");
        Browser.logOut(driver);
    }

    private static JsonNode json(Http.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        return response.json();
    }
}
