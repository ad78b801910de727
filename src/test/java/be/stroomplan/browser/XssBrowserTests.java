package be.stroomplan.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.ThreadLocalRandom;

import be.stroomplan.support.Http;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;

/**
 * Stored XSS in a real browser: a dossier whose title and item text carry script and event-handler
 * payloads is opened; no alert comes up, no element is injected, no handler runs, and the text is
 * shown as typed (docs/SECURITY.md, ASVS V1/V3).
 */
class XssBrowserTests extends BrowserTest {

    static final String PAYLOAD = "<script>alert(1)</script>\\\"><img id=xss src=x onerror=\\\"document.body.dataset.xss='1';alert(2)\\\">";

    @Test
    void storedPayloadsRenderAsTextAndRunNothing() {
        Http http = new Http(port);
        var dossier = http.post("/api/v1/dossiers", "kali.fgp", "demo", "application/json", """
                {"noticeNumber": "AN.12.L1.%06d/26", "title": "XSS %s", "magistrate": "magistraat", "leadInvestigator": "kali.fgp"}"""
                .formatted(ThreadLocalRandom.current().nextInt(700_000, 799_999), PAYLOAD));
        assertThat(dossier.status()).as(dossier.body()).isEqualTo(201);
        String id = dossier.json().path("id").asString();
        var item = http.post("/api/v1/dossiers/" + id + "/items", "kali.fgp", "demo", "application/json", """
                {"category": "POLICE", "classification": "NONE", "tlp": "AMBER", "sourceReliability": "B",
                 "informationAccuracy": "2", "handlingCode": "H0", "text": "Tekst %s"}""".formatted(PAYLOAD));
        assertThat(item.status()).as(item.body()).isEqualTo(201);

        driver.manage().deleteAllCookies();
        Browser.logIn(driver, base(), "kali.fgp", "demo");
        for (String page : new String[] { "/dossiers/" + id, "/dossiers", "/items/" + item.json().path("id").asString() }) {
            driver.get(base() + page);
            assertThatThrownBy(() -> driver.switchTo().alert()).as("an alert on %s", page).isInstanceOf(NoAlertPresentException.class);
            assertThat(driver.findElements(By.id("xss"))).as("an injected element on %s", page).isEmpty();
            assertThat(((JavascriptExecutor) driver).executeScript("return document.body.dataset.xss || null")).as(page).isNull();
            assertThat(driver.findElement(By.tagName("body")).getText()).as(page).contains("<script>alert(1)</script>");
        }
    }
}
