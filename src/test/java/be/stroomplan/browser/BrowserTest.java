package be.stroomplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import be.stroomplan.support.ApplicationTest;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

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

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

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

    /** No serious or critical WCAG 2.1 AA violation on the current page (axe-core). */
    static void assertAccessible(String page) {
        List<Rule> serious = violations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .toList();
        assertThat(serious).as("serious or critical WCAG 2.1 AA violations on %s:%n%s", page, describe(serious)).isEmpty();
    }

    /** No WCAG 2.1 AA violation at all, whatever its impact, on the current page (axe-core). */
    static void assertFullyAccessible(String page) {
        List<Rule> violations = violations();
        assertThat(violations).as("WCAG 2.1 AA violations on %s:%n%s", page, describe(violations)).isEmpty();
    }

    private static List<Rule> violations() {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        return results.getViolations();
    }

    private static String describe(List<Rule> rules) {
        return rules.stream().map(rule -> rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + "\n"
                        + rule.getNodes().stream().map(node -> "    " + node.getTarget() + " " + node.getHtml())
                        .collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }
}
