package be.stroomplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import be.stroomplan.support.Http;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The network view of the demo dossier in a real browser: the chart draws the subjects, the tables
 * list the key players, two subjects chosen give the shortest path (listed and highlighted), a
 * click on a subject selects it and expands its neighbourhood; axe-core finds no serious or
 * critical WCAG 2.1 AA violation, in Dutch or French.
 */
class NetworkBrowserTests extends BrowserTest {

    static final String ZEEHAVEN = UUID.nameUUIDFromBytes("stroomplan-demo:compartment:operatie-zeehaven"
            .getBytes(StandardCharsets.UTF_8)).toString();

    @Test
    void theDemoDossiersNetworkFindsAPath() {
        Http http = new Http(port);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String ilias = subject(http, "PERSON", "Ilias Vermeulen " + tag);
        String jonas = subject(http, "PERSON", "Jonas Claes " + tag);
        String kaai = subject(http, "COMPANY", "Kaai Trading " + tag + " BV");
        relate(http, ilias, "FAMILY", jonas);
        relate(http, jonas, "DIRECTOR_OF", kaai);

        driver.manage().deleteAllCookies();
        Browser.logIn(driver, base(), "kali.fgp", "demo");
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.linkText("Netwerk")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Netwerk van alle dossiers");
        waitForChart();
        assertAccessible("network of all dossiers");

        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.linkText("Operatie Zeehaven")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Netwerk: Operatie Zeehaven");
        waitForChart();
        long nodes = (Long) script("return window.stroomplanNetwork.graph().nodes().length;");
        assertThat(nodes).isGreaterThanOrEqualTo(3);
        assertThat((Boolean) script("return window.stroomplanNetwork.graph().getElementById(arguments[0]).nonempty();", kaai)).isTrue();
        assertThat(driver.findElement(By.id("network-subjects")).getText()).contains("Ilias Vermeulen " + tag, "Kaai Trading " + tag + " BV");
        assertThat(driver.findElement(By.id("key-players")).getText()).contains("Jonas Claes " + tag);

        new Select(driver.findElement(By.id("path-from"))).selectByValue(ilias);
        new Select(driver.findElement(By.id("path-to"))).selectByValue(kaai);
        driver.findElement(By.id("find-path")).click();
        List<WebElement> steps = new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#path-subjects li"), 3));
        assertThat(steps.stream().map(WebElement::getText)).containsExactly("Ilias Vermeulen " + tag, "Jonas Claes " + tag,
                "Kaai Trading " + tag + " BV");
        assertThat(driver.findElement(By.id("path-result")).getText()).startsWith("Pad van 2 schakels:");
        assertThat((Long) script("return window.stroomplanNetwork.graph().$('.path').length;")).as("3 subjects and 2 relations")
                .isEqualTo(5);
        assertAccessible("network with a path");

        script("window.stroomplanNetwork.graph().getElementById(arguments[0]).emit('tap');", jonas);
        assertThat(driver.findElement(By.id("node-selected")).getText()).isEqualTo("Jonas Claes " + tag);
        assertThat(new Select(driver.findElement(By.id("path-from"))).getFirstSelectedOption().getAttribute("value")).isEqualTo(jonas);
        driver.findElement(By.id("expand-node")).click();
        assertThat(driver.findElement(By.id("export-svg")).getAttribute("href")).endsWith("/network/export?format=svg");

        driver.get(base() + "/dossiers/" + ZEEHAVEN + "/network?lang=fr");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Réseau : Operatie Zeehaven");
        waitForChart();
        assertAccessible("network in French");
        driver.get(base() + "/?lang=nl");
    }

    @Test
    void aDossierTheUserMayNotReadIsNotFound() {
        driver.manage().deleteAllCookies();
        Browser.logIn(driver, base(), "stad", "demo");
        driver.get(base() + "/dossiers/" + ZEEHAVEN + "/network");
        assertThat(driver.getPageSource()).doesNotContain("Operatie Zeehaven");
        assertThat(driver.findElements(By.id("network-graph"))).isEmpty();
    }

    private void waitForChart() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> driver.findElements(By.cssSelector("#network-graph[data-ready=true]"))
                .size() == 1 || driver.findElements(By.id("network-graph")).isEmpty());
    }

    private static Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(code, arguments);
    }

    private static String subject(Http http, String type, String name) {
        var created = http.post("/api/v1/subjects", "kali.fgp", "demo", "application/json", """
                {"compartment": "%s", "type": "%s", "name": "%s", "category": "%s"}""".formatted(ZEEHAVEN, type, name,
                type.equals("PERSON") ? "SUSPECT" : "OTHER"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    private static void relate(Http http, String source, String type, String target) {
        var related = http.post("/api/v1/subjects/" + source + "/relations", "kali.fgp", "demo", "application/json", """
                {"type": "%s", "target": "%s", "from": "2025-03-01", "grading": "B2"}""".formatted(type, target));
        assertThat(related.status()).as(related.body()).isEqualTo(201);
    }
}
