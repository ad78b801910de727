package be.stroomplan.partners.oidc;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browser login through a real OpenID Connect provider: from the login page's link to the
 * provider's login form and back, into a session (stored in the database) of the local account.
 */
class OidcBrowserLoginTests extends OidcTestSupport {

    @Test
    void loginPageOffersTheProvider() {
        Browser browser = new Browser();
        Browser.Page login = browser.get(app() + "/login");

        assertThat(login.status()).isEqualTo(200);
        assertThat(login.body()).contains("href=\"/oauth2/authorization/test-idp\"").contains("Test IdP");
        assertThat(login.response().headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("script-src 'self'"));
    }

    @Test
    void providerLoginLandsOnHomeAsLocalAccount() {
        Browser browser = new Browser();
        Browser.Page home = loginAtProvider(browser, "kali.fgp");

        assertThat(home.url()).isEqualTo(app() + "/");
        assertThat(home.status()).as(home.body()).isEqualTo(200);
        assertThat(browser.cookie("127.0.0.1", "SESSION")).as("session cookie").isNotBlank();

        // the next request reads the session back from the database
        Browser.Page me = browser.get(app() + "/api/v1/me");
        assertThat(me.status()).as(me.body()).isEqualTo(200);
        assertThat(json.readTree(me.body()).path("username").asString()).isEqualTo("kali.fgp");
        assertThat(json.readTree(me.body()).path("organisation").path("code").asString()).isEqualTo("FGP_ANTWERPEN");
    }

    @Test
    void providerLoginOfUserWithoutLocalAccountIsRefused() {
        Browser browser = new Browser();
        Browser.Page page = loginAtProvider(browser, "stranger");

        assertThat(page.url()).isEqualTo(app() + "/login?oidcError");
        assertThat(page.status()).isEqualTo(200);
        assertThat(browser.get(app() + "/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void providerLoginOfDisabledAccountIsRefused() {
        Browser browser = new Browser();

        assertThat(loginAtProvider(browser, DISABLED_USER).url()).isEqualTo(app() + "/login?oidcError");
    }

    /** Starts at the login link, logs in on the provider's form, follows the redirects back. */
    private Browser.Page loginAtProvider(Browser browser, String username) {
        Browser.Page providerLogin = browser.follow(browser.get(app() + "/oauth2/authorization/test-idp"));
        assertThat(providerLogin.url()).startsWith(issuer.issuer() + "/login");
        assertThat(providerLogin.status()).isEqualTo(200);
        return browser.follow(browser.post(issuer.issuer() + "/login", Map.of(
                "username", username, "password", TestIssuer.PASSWORD, "_csrf", Browser.csrfToken(providerLogin))));
    }
}
