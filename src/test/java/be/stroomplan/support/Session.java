package be.stroomplan.support;

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

/**
 * A browser-like client for tests and benchmarks: logs in through the login form once and then
 * sends its requests with the session cookie and the session's CSRF token (header
 * {@code X-CSRF-TOKEN}), as the pages' own scripts do. Unlike Basic authentication it does not pay
 * for a password hash on every request.
 */
public final class Session {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private String csrf;

    private Session(int port) {
        this.base = "http://localhost:" + port;
    }

    /** A session of {@code user}, logged in with {@code password}; fails when the login fails. */
    public static Session logIn(int port, String user, String password) {
        Session session = new Session(port);
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(session.token("/login"), StandardCharsets.UTF_8);
        HttpResponse<String> login = session.send(session.request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
        String location = login.headers().firstValue("Location").orElse("");
        if (login.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("login of " + user + " failed: " + login.statusCode() + " " + location);
        }
        // the token changes with the session at login: take the new one from a page
        session.csrf = session.token("/");
        return session;
    }

    public Http.Response get(String path) {
        return new Http.Response(send(request(path).GET()));
    }

    public Http.Response post(String path, String contentType, byte[] body) {
        return new Http.Response(send(request(path).header("Content-Type", contentType).header("X-CSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))));
    }

    public Http.Response post(String path, String contentType, String body) {
        return post(path, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    private String token(String page) {
        String html = send(request(page).GET()).body();
        Matcher matcher = CSRF.matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("no CSRF token on " + page);
        }
        return matcher.group(1);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) {
        try {
            return client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
