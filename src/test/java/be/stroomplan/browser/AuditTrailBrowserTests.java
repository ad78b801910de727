package be.stroomplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import be.stroomplan.audit.AuditTrail;

/** The DPO finds the audit trail in the navigation, filters it on their own name and verifies the chain. */
class AuditTrailBrowserTests extends BrowserTest {

    @Autowired
    AuditTrail trail;

    @Test
    void theDpoFiltersOnTheirOwnNameAndVerifiesTheChain() {
        driver.manage().deleteAllCookies();
        Browser.logIn(driver, base(), "dpo", "demo");
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.linkText("Audittrail")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Audittrail");
        assertThat(driver.findElement(By.cssSelector(".main-nav a[aria-current=page]")).getText()).isEqualTo("Audittrail");

        trail.flush(); // the login, sealed into the chain
        WebElement user = driver.findElement(By.id("user"));
        user.clear();
        user.sendKeys("dpo");
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.id("filter-submit")));

        assertThat(driver.getCurrentUrl()).contains("user=dpo");
        assertThat(driver.findElement(By.id("user")).getAttribute("value")).isEqualTo("dpo");
        List<String> users = texts("#entries td.user");
        assertThat(users).isNotEmpty().containsOnly("dpo");
        assertThat(texts("#entries td.action")).contains("Aanmelden");
        assertThat(driver.findElement(By.cssSelector("#entries th[aria-sort]")).getAttribute("aria-sort")).isEqualTo("descending");

        String page = driver.getCurrentUrl();
        driver.findElement(By.id("verify")).click();
        WebElement result = new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("verification-result")));
        assertThat(result.getText()).contains("De keten is ongebroken");
        assertThat(result.getAttribute("data-valid")).isEqualTo("true");
        assertThat(driver.getCurrentUrl()).as("htmx answers in place").isEqualTo(page);
        assertThat(driver.findElement(By.id("user")).getAttribute("value")).isEqualTo("dpo");
    }

    private List<String> texts(String selector) {
        return driver.findElements(By.cssSelector(selector)).stream().map(WebElement::getText).toList();
    }
}
