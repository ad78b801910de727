package be.stroomplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.WebApplicationContext;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The page shown while the database is unreachable (FaultIntegrationTests shows when), in each
 * language, passes axe-core's WCAG 2.1 AA rules with the real stylesheet. The database cannot be
 * stopped under the shared test context, so the page is rendered by the template engine as the
 * outage filter renders it and written into a page of the running application.
 */
class UnavailablePageBrowserTests extends BrowserTest {

    @Autowired
    ITemplateEngine templates;
    @Autowired
    WebApplicationContext context;

    @Test
    void theOutagePageIsAccessibleInEveryLanguage() {
        Map<String, String> titles = Map.of("nl", "Tijdelijk niet beschikbaar", "fr", "Temporairement indisponible",
                "en", "Temporarily unavailable");
        titles.forEach((language, title) -> {
            driver.get(base() + "/login");
            ((JavascriptExecutor) driver).executeScript("document.open(); document.write(arguments[0]); document.close();",
                    render(Locale.forLanguageTag(language)));
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(title);
            assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(language);
            new WebDriverWait(driver, Duration.ofSeconds(15)).withMessage("the platform's stylesheet applies")
                    .until(page -> "flex".equals(page.findElement(By.cssSelector("header.topbar")).getCssValue("display")));
            assertFullyAccessible("outage page (" + language + ")");
        });
    }

    private String render(Locale locale) {
        MockHttpServletRequest request = new MockHttpServletRequest(context.getServletContext(), "GET", "/");
        MockHttpServletResponse response = new MockHttpServletResponse();
        var exchange = JakartaServletWebApplication.buildApplication(context.getServletContext()).buildExchange(request, response);
        return templates.process("unavailable", new WebContext(exchange, locale));
    }
}
