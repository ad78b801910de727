package be.stroomplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * The dossier pages in a real browser: the create form (with translated field errors), the dossier
 * page with two subjects added through its form and a relation between them, the summary PDF
 * downloaded with the browser’s session, the list and the KALI dashboard, and the magistrate's legal
 * hold placed and lifted from the dossier page; axe-core finds no serious
 * or critical WCAG 2.1 AA violation on any of them.
 */
class DossierBrowserTests extends BrowserTest {

    @Test
    void createADossierAddSubjectsAndARelationAndDownloadTheSummary() throws Exception {
        driver.manage().deleteAllCookies();
        Browser.logIn(driver, base(), "kali.fgp", "demo");
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.linkText("KALI")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("KALI-overzicht");
        assertAccessible("KALI dashboard");
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.id("all-dossiers")));
        assertAccessible("dossier list");
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.id("new-dossier")));
        assertAccessible("create form");

        String notice = "AN.12.L1.%06d/26".formatted((System.nanoTime() / 1000) % 1_000_000);
        driver.findElement(By.id("noticeNumber")).sendKeys("AN.12.L1.123/26");
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.id("open-dossier")));
        assertThat(driver.findElement(By.id("noticeNumber-error")).getText()).contains("zes cijfers");
        assertThat(driver.findElement(By.id("title-error")).getText()).isEqualTo("Dit veld is verplicht.");
        assertAccessible("create form with errors");

        driver.findElement(By.id("noticeNumber")).clear();
        driver.findElement(By.id("noticeNumber")).sendKeys(notice);
        driver.findElement(By.id("title")).sendKeys("Operatie Browser");
        driver.findElement(By.id("leadInvestigator")).sendKeys("kali.fgp");
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.id("open-dossier")));
        assertThat(driver.findElement(By.id("notice-number")).getText()).isEqualTo(notice);
        String dossierUrl = driver.getCurrentUrl().replaceAll("#.*", "");

        addSubject("PERSON", "Youssef Brouwers", "SUSPECT");
        addSubject("COMPANY", "Scheldekaai Trading BV", "OTHER");
        assertThat(driver.findElement(By.id("subject-table")).getText()).contains("Youssef Brouwers", "Scheldekaai Trading BV",
                "Verdachte");

        new Select(driver.findElement(By.id("relation-source"))).selectByVisibleText("Youssef Brouwers");
        new Select(driver.findElement(By.id("relation-type"))).selectByValue("DIRECTOR_OF");
        new Select(driver.findElement(By.id("relation-target"))).selectByVisibleText("Scheldekaai Trading BV");
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.id("add-relation")));
        assertThat(driver.findElement(By.id("relation-list")).getText()).contains("Youssef Brouwers", "Scheldekaai Trading BV");
        assertThat(driver.findElement(By.id("timeline-table")).getText()).contains("SUBJECT_ADDED", "RELATION_ADDED");
        assertThat(driver.findElement(By.id("network-link")).getAttribute("href")).endsWith("/network");
        assertAccessible("dossier page");

        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                driver.findElement(By.id("summary-pdf")).getAttribute("href"))).header("Cookie", cookies).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        driver.get(dossierUrl + "?lang=fr");
        assertThat(driver.findElement(By.id("subjects")).getText()).isEqualTo("Personnes et entités");
        assertAccessible("dossier page in French");
        driver.get(base() + "/?lang=nl");

        // the legal hold: only the dossier's magistrate places and lifts it, from the dossier page
        driver.get(dossierUrl);
        assertThat(driver.findElement(By.id("hold-state")).getText()).isEqualTo("Geen gerechtelijke bewaring.");
        assertThat(driver.findElements(By.id("hold-form"))).isEmpty();
        Browser.logOut(driver);
        Browser.logIn(driver, base(), "magistraat", "demo");
        driver.get(dossierUrl);
        driver.findElement(By.id("hold-reason")).sendKeys("Onderzoek naar de witwasstroom loopt");
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.cssSelector("#hold-form button")));
        assertThat(driver.findElement(By.id("hold-state")).getText()).startsWith("Bewaard sinds")
                .contains("magistraat", "Onderzoek naar de witwasstroom loopt");
        assertAccessible("dossier page with a legal hold");
        driver.findElement(By.id("hold-reason")).sendKeys("Zaak afgesloten");
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.cssSelector("#hold-form button")));
        assertThat(driver.findElement(By.id("hold-state")).getText()).isEqualTo("Geen gerechtelijke bewaring.");
        Browser.logOut(driver);
    }

    private void addSubject(String type, String name, String category) {
        new Select(driver.findElement(By.id("subject-type"))).selectByValue(type);
        driver.findElement(By.id("subject-name")).sendKeys(name);
        new Select(driver.findElement(By.id("subject-category"))).selectByValue(category);
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.id("add-subject")));
        assertThat(driver.findElements(By.cssSelector("#problems"))).as("no problems after adding " + name).isEmpty();
    }
}
