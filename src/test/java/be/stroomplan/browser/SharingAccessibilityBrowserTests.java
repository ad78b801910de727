package be.stroomplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * axe-core finds no WCAG 2.1 AA violation on the sharing pages: my compartments, a compartment with
 * its badges, an item with the disclose dialog open and checked, the why panel, a form with errors,
 * and a page in French.
 */
class SharingAccessibilityBrowserTests extends BrowserTest {

    @Test
    void theSharingPages() {
        SharingBrowserData data = new SharingBrowserData(port);
        String caseTitle = SharingBrowserData.unique("Toegankelijke casus");
        String caseId = data.mahoCase(caseTitle);
        String itemId = data.item(caseId, "POLICE", SharingBrowserData.unique("Melding"), "Nachtelijke drukte aan de loods.");

        driver.manage().deleteAllCookies();
        Browser.logIn(driver, base(), "kali.pza", "demo");
        driver.get(base() + "/compartments?sort=KIND&dir=desc");
        assertThat(driver.findElements(By.cssSelector("#compartments tbody tr"))).isNotEmpty();
        assertFullyAccessible("my compartments");

        driver.get(base() + "/compartments/" + caseId);
        assertThat(driver.findElements(By.cssSelector("#items .badge-tlp"))).isNotEmpty();
        assertFullyAccessible("compartment with badges");

        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.id("add-item-button")));
        assertThat(driver.findElements(By.cssSelector("[aria-invalid=true]"))).isNotEmpty();
        assertFullyAccessible("add item form with errors");

        driver.get(base() + "/items/" + itemId + "?purpose=" + caseId);
        driver.findElement(By.id("disclose-open")).click();
        new Select(driver.findElement(By.id("recipient"))).selectByValue("RSZ_SOCIALE_INSPECTIE");
        new Select(driver.findElement(By.id("compartment"))).selectByValue(caseId);
        new Select(driver.findElement(By.id("purposeCode"))).selectByValue("MAHO_CASUSOVERLEG");
        driver.findElement(By.id("disclose-check-button")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("disclose-refused")));
        assertFullyAccessible("item with the disclose dialog open and checked");

        driver.get(base() + "/compartments/" + caseId + "?lang=fr");
        assertThat(driver.findElement(By.tagName("h2")).getText()).isEqualTo("Pièces");
        assertFullyAccessible("compartment in French");
        driver.get(base() + "/?lang=nl");
        Browser.logOut(driver);

        Browser.logIn(driver, base(), "inspectie", "demo");
        driver.get(base() + "/compartments/" + caseId);
        assertThat(driver.findElements(By.cssSelector("#withheld .why-link"))).isNotEmpty();
        assertFullyAccessible("compartment with withheld items");
        driver.get(base() + "/items/" + itemId + "/why");
        assertThat(driver.findElements(By.cssSelector("#why-reasons li"))).isNotEmpty();
        assertFullyAccessible("why panel");
        Browser.logOut(driver);
    }
}
