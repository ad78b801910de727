package be.stroomplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The impact dashboard in a real browser: the MAHO coordinator opens it from the navigation, the
 * charts draw, a change of the period filter swaps the results and the charts redraw with other
 * data; a screenshot is kept under target/ and axe-core finds no serious or critical violation.
 */
class ImpactBrowserTests extends BrowserTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Brussels"));

    @Test
    void aFilterChangeRedrawsTheCharts() throws Exception {
        driver.manage().deleteAllCookies();
        Browser.logIn(driver, base(), "maho.coord", "demo");
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.linkText("Impact")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Impact");
        assertThat(driver.findElement(By.cssSelector(".main-nav a[aria-current=page]")).getText()).isEqualTo("Impact");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !chartData().equals("none"));
        String before = chartData();
        assertThat(before).isNotEqualTo("[]");
        // the axes name the statuses in the user's language, not by their codes
        assertThat(chartLabels()).isNotEqualTo("[]").doesNotContainPattern("\"[A-Z][A-Z_]+\"");
        // the COAC figures come from the controls module
        assertThat(driver.findElement(By.id("f-controls")).getText()).matches("\\d+ acties uitgevoerd, \\d+ doelen gecontroleerd");
        assertAccessible("impact dashboard");

        // a period before any case: the charts must show other (empty) data
        setPeriod("2001-01-01", "2001-01-31");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !chartData().equals(before));
        assertThat(chartData()).isEqualTo("[]");
        assertThat(driver.findElement(By.id("f-cases")).getText()).isEqualTo("0");
        assertThat(driver.getCurrentUrl()).contains("from=2001-01-01");

        // back to this year, one partner
        setPeriod(TODAY.minusYears(1).plusDays(1).toString(), TODAY.toString());
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !chartData().equals("[]"));
        new Select(driver.findElement(By.id("partner"))).selectByValue("STAD_ANTWERPEN");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("partner=STAD_ANTWERPEN"));
        assertThat(driver.findElements(By.cssSelector("#impact-districts tbody tr"))).hasSize(9);

        ((JavascriptExecutor) driver).executeScript("document.getElementById('chart-status').scrollIntoView();");
        Path shots = Path.of("target", "screenshots");
        Files.createDirectories(shots);
        Files.write(shots.resolve("impact-dashboard.png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        assertThat(shots.resolve("impact-dashboard.png")).isNotEmptyFile();
        assertAccessible("impact dashboard filtered");

        driver.get(base() + "/impact?lang=fr");
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> !chartData().equals("none"));
        assertThat(chartLabels()).isNotEqualTo("[]").doesNotContainPattern("\"[A-Z][A-Z_]+\"");
        assertThat(driver.findElement(By.id("f-controls")).getText()).matches("\\d+ actions exécutées, \\d+ cibles contrôlées");
        assertAccessible("impact dashboard in French");
        driver.get(base() + "/?lang=nl");
        Browser.logOut(driver);
    }

    /** The names on the status chart's axis, as ECharts has them. */
    private String chartLabels() {
        return String.valueOf(((JavascriptExecutor) driver).executeScript("""
                var chart = echarts.getInstanceByDom(document.getElementById('chart-status'));
                return JSON.stringify(chart.getOption().xAxis[0].data);"""));
    }

    /** The values the status chart holds, as ECharts has them. */
    private String chartData() {
        Object data = ((JavascriptExecutor) driver).executeScript("""
                var el = document.getElementById('chart-status');
                var chart = el && window.echarts ? echarts.getInstanceByDom(el) : null;
                return chart ? JSON.stringify(chart.getOption().series[0].data) : 'none';""");
        return String.valueOf(data);
    }

    /** Sets both dates, then fires one change, as a user's last edit would. */
    private void setPeriod(String from, String to) {
        ((JavascriptExecutor) driver).executeScript("""
                document.getElementById('from').value = arguments[0];
                var input = document.getElementById('to');
                input.value = arguments[1];
                input.dispatchEvent(new Event('change', { bubbles: true }));""", from, to);
    }
}
