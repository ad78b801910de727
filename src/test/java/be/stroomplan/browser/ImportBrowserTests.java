package be.stroomplan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import be.stroomplan.support.Http;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An import from the page in a real browser: a file with a bad row is refused with its line and
 * reason in Dutch, the corrected file is taken in, and the page shows it done (it refreshes itself
 * while the import runs); axe-core finds no serious or critical WCAG 2.1 AA violation.
 */
class ImportBrowserTests extends BrowserTest {

    static final String HEADER = "ref,name,birth_date,birth_place,nationality,national_number,street,number,postcode,"
            + "municipality,phone,email\n";

    @TempDir
    Path directory;

    @Test
    void importFromThePage() throws Exception {
        String title = "Import " + UUID.randomUUID();
        var opened = new Http(port).post("/api/v1/compartments", "kali.fgp", "demo", "application/json",
                "{\"kind\": \"DOSSIER\", \"title\": \"" + title + "\", \"members\": []}");
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        Path bad = directory.resolve("personen.csv");
        Files.writeString(bad, HEADER + "B-1,Jan Peeters,,,BE,93051822362,,,,,,\n", StandardCharsets.UTF_8);
        Path good = directory.resolve("personen-juist.csv");
        Files.writeString(good, HEADER + "B-1,Jan Peeters,,,BE,93051822361,,,,,,\n", StandardCharsets.UTF_8);

        driver.manage().deleteAllCookies();
        Browser.logIn(driver, base(), "kali.fgp", "demo");
        driver.get(base() + "/subjects/imports");
        assertAccessible("import form");

        upload(title, bad);
        waitForEnd();
        assertThat(driver.findElement(By.id("import-progress")).getText()).contains("Niet opgenomen").contains("1 rijen geweigerd");
        assertThat(driver.findElement(By.cssSelector("#import-progress tbody")).getText()).contains("2").contains("controlegetal");
        assertAccessible("refused import");

        driver.get(base() + "/subjects/imports");
        upload(title, good);
        waitForEnd();
        assertThat(driver.findElement(By.id("import-progress")).getText()).contains("Opgenomen").contains("1 nieuw");
        assertAccessible("import taken in");
    }

    private void upload(String title, Path file) {
        new Select(driver.findElement(By.id("kind"))).selectByValue("PERSONS");
        new Select(driver.findElement(By.id("compartment"))).selectByVisibleText(title);
        driver.findElement(By.id("file")).sendKeys(file.toAbsolutePath().toString());
        Browser.clickAndWaitForNextPage(driver, driver.findElement(By.cssSelector("#import-form button[type=submit]")));
    }

    private void waitForEnd() {
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> !d.findElement(By.id("import-progress")).getText().contains("Bezig"));
    }
}
