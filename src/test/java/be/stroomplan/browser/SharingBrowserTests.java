package be.stroomplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 3 end to end: an administrator activates a protocol on the register's screens, a police
 * investigator discloses an item through the disclose dialog to the city in a MAHO case, the city
 * reads it, and the social inspection, a member of the same case, gets the why panel instead.
 */
class SharingBrowserTests extends BrowserTest {

    @Test
    void aProtocolIsActivatedAnItemDisclosedReadAndRefusedWithTheReason() throws IOException {
        SharingBrowserData data = new SharingBrowserData(port);
        String protocolTitle = SharingBrowserData.unique("Browsertest PZ → Stad, bestuurlijk");
        String protocol = data.draftProtocol(protocolTitle, "ADMINISTRATIVE");
        String caseTitle = SharingBrowserData.unique("Casus nachtwinkel");
        String caseId = data.mahoCase(caseTitle);
        String itemTitle = SharingBrowserData.unique("Uitbatingsvergunning nachtwinkel");
        String text = SharingBrowserData.unique("De vergunning van de nachtwinkel liep af op 1 oktober");
        String itemId = data.item(caseId, "ADMINISTRATIVE", itemTitle, text);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));

        // (a) the administrator activates the protocol on the register's screens
        driver.manage().deleteAllCookies();
        Browser.logIn(driver, base(), "admin", "demo");
        driver.get(base() + "/protocols/" + protocol);
        assertThat(driver.findElement(By.tagName("h1")).getText()).contains(protocolTitle);
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.id("activate")));
        assertThat(driver.findElement(By.id("status")).getText()).isEqualTo("Actief");
        Browser.logOut(driver);

        // (b) the investigator of PZ Antwerpen discloses the item to Stad Antwerpen in the case
        Browser.logIn(driver, base(), "kali.pza", "demo");
        driver.get(base() + "/compartments");
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.linkText(caseTitle)));
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.linkText(itemTitle)));
        assertThat(driver.findElement(By.id("item-text")).getText()).isEqualTo(text);
        driver.findElement(By.id("disclose-open")).click();
        new Select(driver.findElement(By.id("recipient"))).selectByValue("STAD_ANTWERPEN");
        new Select(driver.findElement(By.id("compartment"))).selectByValue(caseId);
        new Select(driver.findElement(By.id("purposeCode"))).selectByValue("MAHO_CASUSOVERLEG");
        String url = driver.getCurrentUrl();
        driver.findElement(By.id("disclose-check-button")).click();
        WebElement allowed = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("disclose-allowed")));
        assertThat(driver.getCurrentUrl()).as("the check is fetched by htmx, the page stays").isEqualTo(url);
        assertThat(allowed.getText()).isEqualTo("Deze verstrekking is toegestaan.");
        assertThat(driver.findElement(By.id("protocol-check")).getText()).contains(protocolTitle, "dekt deze verstrekking.");
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.id("disclose-submit")));
        assertThat(driver.findElement(By.cssSelector("[role=status]")).getText()).isEqualTo("Het stuk werd verstrekt.");
        assertThat(driver.findElement(By.id("disclosure-list")).getText()).contains("Stad Antwerpen");
        Browser.logOut(driver);

        // (c) the city officer sees it in the case and reads it
        Browser.logIn(driver, base(), "stad", "demo");
        driver.get(base() + "/compartments/" + caseId);
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.linkText(itemTitle)));
        assertThat(driver.findElement(By.id("item-text")).getText()).isEqualTo(text);
        assertThat(driver.findElement(By.id("item-markings")).getText()).contains("Aan uw organisatie verstrekt");
        Browser.logOut(driver);

        // (d) the social inspector, a member of the same case, asks why and learns nothing of the content
        Browser.logIn(driver, base(), "inspectie", "demo");
        driver.get(base() + "/compartments/" + caseId);
        assertThat(driver.getPageSource()).doesNotContain(text).doesNotContain(itemTitle);
        Browser.clickAndWaitForNextPage(driver,
                driver.findElement(By.cssSelector("#withheld a[href*='/items/" + itemId + "/why']")));
        WebElement panel = driver.findElement(By.id("why-panel"));
        assertThat(panel.findElements(By.cssSelector("[data-reason=OTHER_ORGANISATION]"))).hasSize(1);
        assertThat(panel.getText()).contains("Dit stuk is van een andere organisatie en werd niet aan uw organisatie verstrekt.");
        assertThat(driver.getPageSource()).doesNotContain(text).doesNotContain(itemTitle);
        Path screenshots = Files.createDirectories(Path.of("target", "screenshots"));
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, screenshots.resolve("why-panel.png"), StandardCopyOption.REPLACE_EXISTING);
        assertThat(screenshots.resolve("why-panel.png")).isNotEmptyFile();
        Browser.logOut(driver);
    }
}
