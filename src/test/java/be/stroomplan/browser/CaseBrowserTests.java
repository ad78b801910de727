package be.stroomplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.UUID;

import be.stroomplan.support.Http;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A MAHO case in a real browser: intake (with its messages), invite, acknowledge, contribute,
 * decide, act, close, and the minutes PDF of a meeting; axe-core finds no serious or critical
 * WCAG 2.1 AA violation on the case pages.
 */
class CaseBrowserTests extends BrowserTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Brussels"));

    @Test
    void aCaseFromIntakeToClosure() throws Exception {
        String title = "Browsercasus " + UUID.randomUUID().toString().substring(0, 8);
        driver.manage().deleteAllCookies();
        Browser.logIn(driver, base(), "stad", "demo");
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.linkText("Casussen")));
        assertAccessible("case list");
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.id("new-case")));
        assertAccessible("intake form");
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.id("submit-case")));
        assertThat(driver.findElement(By.id("title-error")).getText()).isNotBlank();
        assertAccessible("intake form with errors");

        driver.findElement(By.id("title")).sendKeys(title);
        driver.findElement(By.id("signal")).sendKeys("Meldingen van nachtelijke drukte");
        driver.findElement(By.id("subjectName")).sendKeys("Carwash Zuid BV");
        driver.findElement(By.id("identifierValue")).sendKeys("0566.988.259");
        driver.findElement(By.id("participant-RSZ_SOCIALE_INSPECTIE")).click();
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.id("submit-case")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains(title);
        String caseUrl = driver.getCurrentUrl();
        String caseId = caseUrl.substring(caseUrl.lastIndexOf('/') + 1);
        assertAccessible("case page of the submitter");
        Browser.logOut(driver);

        // the coordinator acknowledges, invites, screens and consults
        Browser.logIn(driver, base(), "maho.coord", "demo");
        driver.get(caseUrl);
        assertThat(driver.findElement(By.id("ack-text")).getText()).contains("458ter");
        assertAccessible("acknowledgement screen");
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.id("acknowledge")));
        new Select(driver.findElement(By.id("invite-organisation"))).selectByValue("FOD_FINANCIEN_BBI");
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.id("invite")));
        assertThat(driver.findElement(By.id("participants")).getText()).contains("FOD_FINANCIEN_BBI");
        move("SCREENING");
        move("IN_CONSULTATION");
        assertAccessible("case page of the coordinator");

        // a partner contributes: an item disclosed to the City
        Http http = new Http(port);
        assertThat(http.post("/api/v1/cases/" + caseId + "/acknowledgements", "inspectie", "demo", "application/json", "").status())
                .isEqualTo(201);
        var item = http.post("/api/v1/cases/" + caseId + "/items", "inspectie", "demo", "application/json",
                "{\"category\": \"SOCIAL\", \"text\": \"Vier werknemers zonder Dimona\"}");
        assertThat(item.status()).as(item.body()).isEqualTo(201);
        assertThat(http.post("/api/v1/items/" + item.json().path("id").asString() + "/disclosures", "inspectie", "demo",
                "application/json", "{\"recipient\": \"STAD_ANTWERPEN\", \"compartment\": \"" + caseId
                        + "\", \"purpose\": \"MAHO_CASUSOVERLEG\"}").status()).isEqualTo(201);
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.id("contributions")));
        assertThat(driver.getCurrentUrl()).endsWith("/compartments/" + caseId);

        // decide, act, meet
        driver.get(caseUrl);
        new Select(driver.findElement(By.id("intervention"))).selectByValue("DRUG_PREMISES_CLOSURE");
        driver.findElement(By.id("months")).sendKeys("3");
        new Select(driver.findElement(By.id("leadOrganisation"))).selectByValue("STAD_ANTWERPEN");
        driver.findElement(By.id("rationale")).sendKeys("Ernstige aanwijzingen van drugshandel");
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.id("decide")));
        assertThat(driver.findElement(By.id("case-status")).getText()).isEqualTo("Beslist");
        driver.findElement(By.id("action-title")).sendKeys("Sluitingsbesluit betekenen");
        new Select(driver.findElement(By.id("action-organisation"))).selectByValue("STAD_ANTWERPEN");
        setValue(driver.findElement(By.id("action-due")), TODAY.plusDays(14).toString());
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.id("assign")));
        assertThat(driver.findElement(By.id("actions")).getText()).contains("Sluitingsbesluit betekenen");
        move("IN_EXECUTION");
        setValue(driver.findElement(By.id("heldAt")), TODAY.plusDays(2) + "T09:30");
        driver.findElement(By.id("place")).sendKeys("Parket Antwerpen");
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.id("plan-meeting")));
        assertAccessible("meeting page");
        driver.findElement(By.id("minutes-" + caseId)).sendKeys("Besproken met stad en inspectie");
        driver.findElement(By.id("decision-" + caseId)).sendKeys("Sluiting voor drie maanden");
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.id("save-minutes-" + caseId)));
        String minutes = driver.findElement(By.id("minutes-pdf")).getAttribute("href");
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(minutes))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("maho.coord:demo".getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        Browser.logOut(driver);

        // the City reports the action done
        Browser.logIn(driver, base(), "stad", "demo");
        driver.get(caseUrl);
        WebElement status = driver.findElement(By.cssSelector("#actions select[name=status]"));
        new Select(status).selectByValue("DONE");
        driver.findElement(By.cssSelector("#actions input[name=result]")).sendKeys("Betekend");
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.cssSelector("#actions button")));
        assertThat(driver.findElement(By.id("actions")).getText()).contains("Uitgevoerd");
        Browser.logOut(driver);

        // the coordinator closes the case with its outcome
        Browser.logIn(driver, base(), "maho.coord", "demo");
        driver.get(caseUrl);
        new Select(driver.findElement(By.id("to"))).selectByValue("CLOSED");
        driver.findElement(By.id("reason")).sendKeys("Sluiting uitgevoerd");
        setValue(driver.findElement(By.id("closureFrom")), TODAY.toString());
        setValue(driver.findElement(By.id("closureTo")), TODAY.plusMonths(3).toString());
        driver.findElement(By.id("arrests")).clear();
        driver.findElement(By.id("arrests")).sendKeys("1");
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.id("move")));
        assertThat(driver.findElement(By.id("case-status")).getText()).isEqualTo("Afgesloten");
        assertThat(driver.findElement(By.id("outcome")).getText())
                .contains(TODAY.plusMonths(3).format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy")));
        assertAccessible("closed case");
        Browser.logOut(driver);
    }

    private void move(String to) {
        new Select(driver.findElement(By.id("to"))).selectByValue(to);
        driver.findElement(By.id("reason")).sendKeys("Besproken op het overleg");
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.id("move")));
        assertThat(driver.findElements(By.id("problem"))).as("no problem after moving to %s", to).isEmpty();
    }

    private static void setValue(WebElement input, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", input, value);
    }
}
