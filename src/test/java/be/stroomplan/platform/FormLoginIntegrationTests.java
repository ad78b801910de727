package be.stroomplan.platform;

import be.stroomplan.support.ApplicationTest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Browser login over real HTTP: CSRF, sessions stored in PostgreSQL, logout, Dutch by default. */
@ApplicationTest
class FormLoginIntegrationTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    HttpClient browser;

    @BeforeEach
    void newBrowser() {
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Test
    void loginStoresTheSessionInTheDatabaseAndLogoutEndsIt() throws Exception {
        var loginPage = get("/login");
        assertThat(loginPage.statusCode()).isEqualTo(200);
        assertThat(loginPage.body()).contains("lang=\"nl\"", "Aanmelden", "Gebruikersnaam");

        var login = post("/login", "username=kali.fgp&password=demo&_csrf=" + csrf(loginPage.body()));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        assertThat(jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = 'kali.fgp'").query(Long.class).single())
                .isPositive();

        var home = get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        var logout = post("/logout", "_csrf=" + csrf(home.body()));
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(logout.headers().firstValue("Location").orElseThrow()).endsWith("/login?logout");
        assertThat(get("/").statusCode()).isEqualTo(302);
    }

    @Test
    void loginWithoutCsrfTokenIsRefused() throws Exception {
        get("/login");
        var login = post("/login", "username=kali.fgp&password=demo");
        assertThat(login.statusCode()).isEqualTo(403);
    }

    @Test
    void wrongPasswordReturnsToTheLoginPageWithAnError() throws Exception {
        var loginPage = get("/login");
        var login = post("/login", "username=kali.pza&password=wrong&_csrf=" + csrf(loginPage.body()));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        assertThat(get("/login?error&lang=fr").body()).contains("mot de passe incorrect");
    }

    @Test
    void pagesNeedALogin() throws Exception {
        var home = get("/");
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(String html) {
        Matcher matcher = CSRF.matcher(html);
        assertThat(matcher.find()).as("page has a CSRF token").isTrue();
        return URLEncoder.encode(matcher.group(1), StandardCharsets.UTF_8);
    }
}
