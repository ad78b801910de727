package be.stroomplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;

/** axe-core finds no serious or critical WCAG 2.1 AA violation on the main pages, the DPO's audit trail included. */
class AccessibilityBrowserTests extends BrowserTest {

    @Test
    void theLoginPageWithAnError() {
        driver.manage().deleteAllCookies();
        Browser.logIn(driver, base(), "niemand", "verkeerd");
        assertThat(driver.getCurrentUrl()).endsWith("/login?error");
        assertAccessible("login");
    }

    @Test
    void theStartPageAndTheAdministratorsScreens() {
        driver.manage().deleteAllCookies();
        Browser.logIn(driver, base(), "admin", "demo");
        assertAccessible("home");

        driver.get(base() + "/admin/users");
        assertAccessible("admin users");

        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.linkText("magistraat")));
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.id("reset-password"))); // empty: re-rendered with an error
        assertThat(driver.findElements(By.cssSelector("[aria-invalid=true]"))).isNotEmpty();
        assertAccessible("admin user with form errors");

        driver.get(base() + "/admin/organisations/new");
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.id("save")));
        assertThat(driver.findElements(By.cssSelector(".field-error"))).isNotEmpty();
        assertAccessible("admin organisation form with errors");

        driver.get(base() + "/admin/organisations/new?lang=fr");
        assertAccessible("admin organisation form in French");
        driver.get(base() + "/?lang=nl");
    }

    @Test
    void theAuditTrailPage() {
        driver.manage().deleteAllCookies();
        Browser.logIn(driver, base(), "dpo", "demo");
        driver.get(base() + "/audit");
        assertThat(driver.findElements(By.cssSelector("#entries tbody tr"))).isNotEmpty();
        assertAccessible("audit trail");

        driver.findElement(By.id("verify")).click();
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("verification-result")));
        driver.findElement(By.cssSelector("#entries details.hash summary")).click();
        assertAccessible("audit trail with the verification and a full hash");

        driver.get(base() + "/audit?from=gisteren");
        assertThat(driver.findElements(By.cssSelector("[aria-invalid=true]"))).isNotEmpty();
        assertAccessible("audit trail with an invalid filter");

        driver.get(base() + "/audit?lang=fr");
        assertAccessible("audit trail in French");
        driver.get(base() + "/?lang=nl");
    }

    @Test
    void theDpoWorkspace() {
        driver.manage().deleteAllCookies();
        Browser.logIn(driver, base(), "dpo", "demo");
        driver.get(base() + "/dpo?object=" + "kali.fgp" + "&sort=SEARCHES");
        assertThat(driver.findElements(By.cssSelector("#activity tbody tr"))).isNotEmpty();
        assertAccessible("DPO workspace");

        driver.get(base() + "/dpo?from=gisteren");
        assertThat(driver.findElements(By.cssSelector("[aria-invalid=true]"))).isNotEmpty();
        assertAccessible("DPO workspace with an invalid period");

        driver.get(base() + "/dpo?lang=en");
        assertAccessible("DPO workspace in English");

        driver.get(base() + "/dpo/data-subject?lang=nl");
        driver.findElement(By.id("nationalNumber")).sendKeys("93051822361");
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.id("report-submit")));
        assertThat(driver.findElements(By.id("report-accesses-title"))).isNotEmpty();
        assertAccessible("data-subject report");
        driver.findElement(By.id("nationalNumber")).clear();
        driver.findElement(By.id("nationalNumber")).sendKeys("12345");
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.id("report-submit")));
        assertThat(driver.findElements(By.cssSelector("[aria-invalid=true]"))).isNotEmpty();
        assertAccessible("data-subject report with an invalid number");
        driver.get(base() + "/?lang=nl");
    }

    @Test
    void theProtocolRegisterAndThePublicList() {
        driver.manage().deleteAllCookies();
        driver.get(base() + "/protocols/public");
        assertThat(driver.findElements(By.cssSelector("#public-protocols tbody tr"))).isNotEmpty();
        assertAccessible("public protocols");

        Browser.logIn(driver, base(), "admin", "demo");
        driver.get(base() + "/protocols?sort=TITLE&dir=desc");
        assertThat(driver.findElements(By.cssSelector("#protocols tbody tr"))).isNotEmpty();
        assertAccessible("protocol register");

        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.cssSelector("#protocols tbody tr a")));
        assertAccessible("protocol details");

        driver.get(base() + "/protocols/new");
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.id("save")));
        assertThat(driver.findElements(By.cssSelector(".field-error"))).isNotEmpty();
        assertAccessible("protocol form with errors");
        driver.get(base() + "/?lang=nl");
    }
}
