package be.stroomplan.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser-like client over real HTTP: cookies, form login, the CSRF token of the last page, no redirects followed. */
final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private String csrf;

    WebSession(int port) {
        this.base = "http://localhost:" + port;
    }

    WebSession logIn(String user) {
        HttpResponse<String> login = post("/login", "username=" + user + "&password=demo&_csrf=" + csrf(get("/login").body()));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error", "locked");
        csrf(get("/").body());
        return this;
    }

    String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("SESSION"))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    /** The CSRF token of a page, remembered for the next {@link #postWithToken}. */
    String csrf(String html) {
        Matcher matcher = CSRF.matcher(html);
        if (matcher.find()) {
            csrf = URLEncoder.encode(matcher.group(1), StandardCharsets.UTF_8);
        }
        return csrf;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    HttpResponse<String> post(String path, String form) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    HttpResponse<String> postWithToken(String path, String form) {
        return post(path, (form.isEmpty() ? "" : form + "&") + "_csrf=" + csrf);
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
