package be.stroomplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import be.stroomplan.support.Http;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import tools.jackson.databind.JsonNode;

/**
 * A COAC action in a real browser: planned through the form, deconflicted (its person target is a
 * subject of an open KALI dossier, so it goes on hold), the magistrate decides GO in the
 * deconfliction inbox, approved, executed, results entered by the customs inspector on a phone-sized
 * screen, reported. axe-core finds no serious or critical WCAG 2.1 AA violation on the pages.
 */
class ControlBrowserTests extends BrowserTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void planDeconflictDecideExecuteReport() {
        Http http = new Http(port);
        String number = nationalNumber();
        var dossier = http.post("/api/v1/dossiers", "kali.fgp", "demo", "application/json", """
                {"noticeNumber": "AN.12.L1.%06d/26", "title": "Operatie Browser", "magistrate": "magistraat", "leadInvestigator": "kali.fgp"}"""
                .formatted(700_000 + RANDOM.nextInt(99_999)));
        assertThat(dossier.status()).as(dossier.body()).isEqualTo(201);
        var subject = http.post("/api/v1/dossiers/" + dossier.json().path("id").asString() + "/subjects", "kali.fgp", "demo",
                "application/json", """
                {"subject": {"type": "PERSON", "name": "Bram Browser", "identifiers": [{"type": "NATIONAL_NUMBER", "value": "%s"}]},
                 "category": "SUSPECT"}""".formatted(number));
        assertThat(subject.status()).as(subject.body()).isEqualTo(201);
        eventually(() -> "ON_HOLD".equals(http.post("/api/v1/deconfliction/checks", "coac", "demo", "application/json", """
                {"purpose": "COAC_CONTROLE", "items": [{"type": "NATIONAL_NUMBER", "value": "%s"}]}""".formatted(number))
                .json().path("results").get(0).path("status").asString()));

        driver.manage().deleteAllCookies();
        driver.manage().window().setSize(new Dimension(1280, 1000));
        Browser.logIn(driver, base(), "coac", "demo");
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.linkText("COAC")));
        assertThat(driver.findElement(By.id("calendar")).findElements(By.cssSelector("thead th"))).hasSize(7);
        assertAccessible("planner");
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.id("next-month")));
        assertAccessible("planner, next month");
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.id("new-control")));
        assertAccessible("plan form");
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.id("plan")));
        assertThat(driver.findElement(By.id("name-error")).getText()).isNotBlank();

        String date = LocalDate.now(ZoneId.of("Europe/Brussels")).plusDays(3).toString();
        driver.findElement(By.id("name")).sendKeys("Nachtwinkels Browserstraat");
        driver.findElement(By.id("area")).sendKeys("Antwerpen-Noord");
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("document.getElementById('date').value = arguments[0];"
                + "document.getElementById('from').value = '22:00'; document.getElementById('to').value = '02:00';", date);
        driver.findElement(By.id("service-DOUANE")).click();
        driver.findElement(By.id("staff-DOUANE")).sendKeys("3");
        driver.findElement(By.id("checklist-DOUANE")).sendKeys("Scanner mee");
        new Select(driver.findElement(By.id("targetType"))).selectByValue("PERSON");
        driver.findElement(By.id("targetName")).sendKeys("Bram Browser");
        new Select(driver.findElement(By.id("identifierType"))).selectByValue("NATIONAL_NUMBER");
        driver.findElement(By.id("identifierValue")).sendKeys(number);
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.id("plan")));
        assertThat(driver.findElement(By.id("status")).getText()).isEqualTo("Gepland");
        String url = driver.getCurrentUrl();
        String id = url.substring(url.lastIndexOf('/') + 1);
        assertAccessible("action page");

        move("DECONFLICTED");
        assertThat(driver.findElement(By.cssSelector("#targets .target-state")).getText()).contains("On hold");
        String ticket = http.get("/api/v1/controls/" + id, "coac", "demo").json().path("targets").get(0).path("tickets").get(0)
                .path("ticket").asString();
        Browser.logOut(driver);

        // the KALI magistrate decides in the inbox: the request names the dossier, the requester and the action
        Browser.logIn(driver, base(), "magistraat", "demo");
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.linkText("Deconflictie")));
        String request = null;
        for (JsonNode line : http.get("/api/v1/deconfliction/requests?size=100&sort=newest", "magistraat", "demo").json().path("lines")) {
            String candidate = line.path("request").asString();
            if (http.get("/api/v1/deconfliction/requests/" + candidate, "magistraat", "demo").body().contains(ticket)) {
                request = candidate;
            }
        }
        assertThat(request).as("the inbox holds the action's request").isNotNull();
        driver.get(base() + "/magistrate/requests/" + request);
        assertThat(driver.findElement(By.id("hit-" + ticket)).getText()).contains("Operatie Browser", "Bram Browser");
        new Select(driver.findElement(By.id("decision-" + ticket))).selectByValue("GO");
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.id("decide-" + ticket)));
        assertThat(driver.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("Beslissing opgeslagen.");
        Browser.logOut(driver);
        Browser.logIn(driver, base(), "coac", "demo");
        eventually(() -> http.get("/api/v1/controls/" + id, "coac", "demo").json().path("targets").get(0).path("visitable").asBoolean());
        driver.get(url);
        assertThat(driver.findElement(By.cssSelector("#targets .target-state")).getText()).contains("Vrijgegeven door de magistraat");
        move("APPROVED");
        move("EXECUTED");
        Browser.logOut(driver);

        // the customs inspector in the field, on a phone
        driver.manage().window().setSize(new Dimension(390, 844));
        Browser.logIn(driver, base(), "douane", "demo");
        driver.get(base() + "/controls/" + id + "/results");
        assertAccessible("result entry on a phone");
        assertThat(driver.findElement(By.id("save-results")).getSize().getHeight()).isGreaterThanOrEqualTo(44);
        assertThat(driver.findElement(By.id("findings")).getRect().getWidth()).isLessThanOrEqualTo(390);
        driver.findElement(By.id("findings")).sendKeys("Twee kratten zonder accijnszegel");
        driver.findElement(By.id("officialReports")).sendKeys("AN.12.D1.004711/26");
        driver.findElement(By.id("violations")).sendKeys("2");
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.id("save-results")));
        assertThat(driver.findElement(By.id("results")).getText()).contains("Twee kratten zonder accijnszegel", "AN.12.D1.004711/26");
        assertAccessible("action page on a phone");
        Browser.logOut(driver);

        driver.manage().window().setSize(new Dimension(1280, 1000));
        Browser.logIn(driver, base(), "coac", "demo");
        driver.get(url);
        move("REPORTED");
        assertThat(driver.findElement(By.id("status")).getText()).isEqualTo("Gerapporteerd");
        assertThat(driver.findElement(By.id("results")).getText()).contains("DOUANE");
        assertThat(driver.findElement(By.id("history")).getText()).contains("Gerapporteerd");
        Browser.logOut(driver);
    }

    private static void move(String to) {
        new Select(driver.findElement(By.id("to"))).selectByValue(to);
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.id("move")));
        assertThat(driver.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("De status is gewijzigd.");
    }

    private static String nationalNumber() {
        LocalDate birth = LocalDate.of(1970 + RANDOM.nextInt(29), 1 + RANDOM.nextInt(12), 1 + RANDOM.nextInt(28));
        String first = "%02d%02d%02d%03d".formatted(birth.getYear() % 100, birth.getMonthValue(), birth.getDayOfMonth(),
                1 + RANDOM.nextInt(997));
        return first + "%02d".formatted(97 - (Long.parseLong(first) % 97));
    }

    private static void eventually(java.util.function.BooleanSupplier condition) {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("condition not met within 20 s");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
