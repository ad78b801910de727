package be.stroomplan.partners.oidc;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A minimal browser for the login flows: a real HTTP client that keeps cookies per host (like a
 * browser, whatever the port) and follows redirects one by one, so a test can stop at any of them.
 * The cookie jar is kept by hand: {@code java.net.CookieManager} refuses cookies of hosts without
 * a dot, such as {@code localhost}.
 */
final class Browser {

    /** Where a walk through redirects ended: the last URL and its response. */
    record Page(String url, HttpResponse<String> response) {

        int status() {
            return response.statusCode();
        }

        String body() {
            return response.body();
        }

        String location() {
            return response.headers().firstValue("Location").map(location -> URI.create(url).resolve(location).toString())
                    .orElse(null);
        }
    }

    private static final Pattern CSRF_NAME_FIRST = Pattern.compile("name=\"_csrf\"[^>]*?value=\"([^\"]+)\"");
    private static final Pattern CSRF_VALUE_FIRST = Pattern.compile("value=\"([^\"]+)\"[^>]*?name=\"_csrf\"");

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final Map<String, Map<String, String>> cookies = new LinkedHashMap<>();

    Page get(String url) {
        return send(url, HttpRequest.newBuilder(URI.create(url)).GET());
    }

    Page post(String url, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(url, HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * Follows the redirects of this page until one points at a URL that {@code stop} accepts (that
     * URL is not requested; the page returned is the redirect towards it) or a page is no redirect.
     */
    Page follow(Page page, Predicate<String> stop) {
        for (int hops = 0; hops < 20; hops++) {
            String location = page.location();
            if (page.status() / 100 != 3 || location == null || stop.test(location)) {
                return page;
            }
            page = get(location);
        }
        throw new IllegalStateException("too many redirects, last at " + page.url());
    }

    Page follow(Page page) {
        return follow(page, location -> false);
    }

    /** The CSRF token of a form on this page. */
    static String csrfToken(Page page) {
        for (Pattern pattern : List.of(CSRF_NAME_FIRST, CSRF_VALUE_FIRST)) {
            Matcher matcher = pattern.matcher(page.body());
            if (matcher.find()) {
                return matcher.group(1).replace("&#45;", "-").replace("&#x2D;", "-");
            }
        }
        throw new IllegalStateException("no CSRF token on " + page.url() + ":\n" + page.body());
    }

    /** The value of the cookie of this host, or {@code null}. */
    String cookie(String host, String name) {
        return cookies.getOrDefault(host, Map.of()).get(name);
    }

    private Page send(String url, HttpRequest.Builder request) {
        URI uri = URI.create(url);
        request.header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8") // as a browser sends it
                .timeout(Duration.ofSeconds(30));
        Map<String, String> jar = cookies.getOrDefault(uri.getHost(), Map.of());
        if (!jar.isEmpty()) {
            request.header("Cookie", jar.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            remember(uri.getHost(), response.headers().allValues("Set-Cookie"));
            return new Page(url, response);
        }
        catch (IOException e) {
            throw new IllegalStateException("request to " + url + " failed", e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void remember(String host, List<String> setCookies) {
        Map<String, String> jar = cookies.computeIfAbsent(host, h -> new LinkedHashMap<>());
        for (String setCookie : setCookies) {
            String pair = setCookie.split(";", 2)[0];
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                continue;
            }
            String name = pair.substring(0, equals).trim();
            String value = pair.substring(equals + 1).trim();
            String attributes = setCookie.toLowerCase();
            if (value.isEmpty() || attributes.contains("max-age=0") || attributes.contains("expires=thu, 01 jan 1970")) {
                jar.remove(name);
            }
            else {
                jar.put(name, value);
            }
        }
    }
}
