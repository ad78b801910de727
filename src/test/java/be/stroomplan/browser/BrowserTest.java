package be.stroomplan.browser;

import be.stroomplan.support.ApplicationTest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A browser test class: one headless Chromium for the class, against the shared application
 * context on a random port.
 */
@ApplicationTest
abstract class BrowserTest {

    static WebDriver driver;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() {
        driver = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    String base() {
        return "http://localhost:" + port;
    }
}
