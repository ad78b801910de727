package be.stroomplan.partners.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import be.stroomplan.support.ApplicationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** An administrator's change that takes rights away ends the user's open sessions at once. */
@ApplicationTest
class SessionRevocationIntegrationTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void disablingAnAccountEndsItsSessions() throws Exception {
        UUID id = newUser("revoke.disabled");
        HttpClient browser = loggedIn("revoke.disabled");
        assertThat(get(browser, "/").statusCode()).isEqualTo(200);

        mvc.perform(post("/admin/users/{id}/enabled", id).param("enabled", "false").with(csrf())
                .with(user("admin").roles("FUNCTIONAL_ADMIN"))).andExpect(status().is3xxRedirection());

        assertThat(get(browser, "/").statusCode()).as("the old session is gone").isEqualTo(302);
        assertThat(sessionsOf("revoke.disabled")).isZero();
    }

    @Test
    void removingAMembershipEndsItsSessions() throws Exception {
        UUID id = newUser("revoke.member");
        UUID membership = jdbc.sql("INSERT INTO membership (user_id, role) VALUES (?, 'ANALYST') RETURNING id")
                .param(id).query(UUID.class).single();
        HttpClient browser = loggedIn("revoke.member");
        assertThat(sessionsOf("revoke.member")).isEqualTo(1);

        mvc.perform(post("/admin/users/{id}/memberships/{membership}/delete", id, membership).with(csrf())
                .with(user("admin").roles("FUNCTIONAL_ADMIN"))).andExpect(status().is3xxRedirection());

        assertThat(get(browser, "/").statusCode()).isEqualTo(302);
        assertThat(sessionsOf("revoke.member")).isZero();
    }

    private UUID newUser(String username) {
        return jdbc.sql("""
                INSERT INTO app_user (username, display_name, organisation_id, password_hash)
                SELECT ?, 'Revocation test', id, ? FROM organisation WHERE code = 'PZ_ANTWERPEN' RETURNING id""")
                .params(username, passwordEncoder.encode("a-long-password")).query(UUID.class).single();
    }

    private long sessionsOf(String username) {
        return jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = ?").param(username).query(Long.class).single();
    }

    private HttpClient loggedIn(String username) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        Matcher token = CSRF.matcher(get(browser, "/login").body());
        assertThat(token.find()).isTrue();
        var login = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=a-long-password&_csrf="
                        + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        return browser;
    }

    private HttpResponse<String> get(HttpClient browser, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
