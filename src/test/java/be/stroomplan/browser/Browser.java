package be.stroomplan.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Starts the headless Chromium of the operating system for browser tests. Without Chromium the
 * tests are skipped on a developer's machine, and fail on a build server ({@code CI=true}),
 * where a skipped browser test would hide a broken user interface.
 */
final class Browser {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private Browser() {
    }

    /** A fresh browser with its own profile under the build folder. */
    static WebDriver start() {
        requireChromium();
        Path profile;
        try {
            Path parent = Files.createDirectories(Path.of("target", "browser"));
            profile = Files.createTempDirectory(parent, "chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1000", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        WebDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return driver;
    }

    /** Logs in through the login form, in Dutch, and waits for the start page. */
    static void logIn(WebDriver driver, String baseUrl, String username, String password) {
        driver.get(baseUrl + "/login?lang=nl");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        clickAndWaitForNextPage(driver, driver.findElement(By.cssSelector("form button[type=submit]")));
    }

    static void logOut(WebDriver driver) {
        clickAndWaitForNextPage(driver, driver.findElement(By.id("logout")));
    }

    /**
     * Clicks a link or a submit button and waits until the page it was on is gone: a click can
     * return before the navigation starts, and a busy machine then reads the old page.
     */
    static void clickAndWaitForNextPage(WebDriver driver, WebElement element) {
        element.click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> gone(element));
    }

    /**
     * Whether the element left the document. While the next page replaces it, Chrome may answer
     * that the node no longer belongs to the document instead of calling it stale: gone as well.
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException stale) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    private static void requireChromium() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return;
        }
        String message = "Browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                + " (Debian: apt-get install chromium chromium-driver)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(message + "; on CI they are required.");
        }
        Assumptions.abort(message + "; skipped because they are missing and CI is not set.");
    }
}
