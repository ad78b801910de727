package be.stroomplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.UUID;

import be.stroomplan.support.Http;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Deconfliction in a real browser: the magistrate opens the inbox and a request, decides with
 * conditions; the requester sees the decision on the tickets page; the police operation form. All
 * pages pass axe-core (WCAG 2.1 AA).
 */
class DeconflictionBrowserTests extends BrowserTest {

    private static final String JSON = "application/json";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theMagistrateDecidesWithConditionsAndTheRequesterSeesTheDecision() {
        Http http = new Http(port);
        SecureRandom random = new SecureRandom();
        String plate = "3-" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26))
                + "-" + "%03d".formatted(random.nextInt(1000));
        var dossier = http.post("/api/v1/dossiers", "kali.fgp", "demo", JSON, """
                {"noticeNumber": "AN.12.L1.%06d/26", "title": "Operatie Browser", "magistrate": "magistraat", "leadInvestigator": "kali.fgp"}"""
                .formatted(100_000 + random.nextInt(800_000)));
        assertThat(dossier.status()).as(dossier.body()).isEqualTo(201);
        String dossierId = dossier.json().path("id").asString();
        assertThat(http.post("/api/v1/dossiers/" + dossierId + "/subjects", "kali.fgp", "demo", JSON, """
                {"subject": {"type": "VEHICLE", "name": "Grijze bestelwagen", "identifiers": [{"type": "PLATE", "value": "%s"}]},
                 "category": "SUSPECT"}""".formatted(plate)).status()).isEqualTo(201);
        String body = "{\"purpose\": \"COAC_CONTROLE\", \"items\": [{\"type\": \"PLATE\", \"value\": \"" + plate + "\"}],"
                + " \"action\": {\"description\": \"Controle carwashes\"}}";
        String ticket = null;
        for (int i = 0; i < 150 && ticket == null; i++) {
            var result = http.post("/api/v1/deconfliction/checks", "coac", "demo", JSON, body).json().path("results").get(0);
            if (result.path("status").asString().equals("ON_HOLD")) {
                ticket = result.path("ticket").asString();
            } else {
                sleep();
            }
        }
        assertThat(ticket).as("the index follows the new subject").isNotNull();
        UUID request = jdbc.queryForObject("SELECT request_id FROM deconfliction_ticket WHERE id = ?", UUID.class, UUID.fromString(ticket));

        driver.manage().deleteAllCookies();
        Browser.logIn(driver, base(), "magistraat", "demo");
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.linkText("Deconflictie")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Deconflictie-inbox");
        assertThat(driver.findElement(By.id("pending-count")).getText()).contains("wachten");
        assertAccessible("magistrate inbox");
        driver.get(base() + "/magistrate/requests/" + request);
        assertThat(driver.findElement(By.id("request-details")).getText()).contains("Controle carwashes", "COAC_CONTROLE");
        assertThat(driver.findElement(By.id("hit-" + ticket)).getText()).contains("Operatie Browser", "Grijze bestelwagen", "Nummerplaat");
        assertAccessible("deconfliction request");

        new Select(driver.findElement(By.id("decision-" + ticket))).selectByValue("GO_WITH_CONDITIONS");
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.id("decide-" + ticket)));
        assertThat(driver.findElement(By.cssSelector("[role=alert]")).getText()).contains("voorwaarden");
        assertAccessible("decision with an error");
        new Select(driver.findElement(By.id("decision-" + ticket))).selectByValue("GO_WITH_CONDITIONS");
        driver.findElement(By.id("conditions-" + ticket)).sendKeys("Alleen na 20 uur, zonder de garage te betreden");
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.id("decide-" + ticket)));
        assertThat(driver.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("Beslissing opgeslagen.");
        assertThat(driver.findElement(By.id("hit-" + ticket)).getText()).contains("Go met voorwaarden", "Alleen na 20 uur");
        Browser.logOut(driver);

        Browser.logIn(driver, base(), "coac", "demo");
        driver.get(base() + "/deconfliction/tickets");
        String row = driver.findElement(By.id("ticket-" + ticket)).getText();
        assertThat(row).contains("Go met voorwaarden", "Alleen na 20 uur").doesNotContain("Operatie Browser", "Grijze bestelwagen");
        assertAccessible("requester tickets");
        Browser.logOut(driver);

        Browser.logIn(driver, base(), "kali.fgp", "demo");
        driver.get(base() + "/deconfliction/operations");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Politieoperatie melden");
        assertAccessible("police operation form");
        Browser.logOut(driver);
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
