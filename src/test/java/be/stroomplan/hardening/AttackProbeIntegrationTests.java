package be.stroomplan.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import be.stroomplan.support.ApplicationTest;
import be.stroomplan.support.Http;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import tools.jackson.databind.JsonNode;

/**
 * Attack probes over real HTTP (docs/SECURITY.md, ASVS mapping): stored XSS in free-text fields,
 * CSRF, SQL injection in search and filter parameters, session fixation, open redirects, oversized
 * bodies, and the rate limits on login and search. The IDOR probes are {@link IdorIntegrationTests};
 * path traversal in attachment names is tested by the sharing module's attachment tests and below.
 */
@ApplicationTest
class AttackProbeIntegrationTests {

    static final String JSON = "application/json";
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "\\\"><img src=x onerror=alert(2)>";
    static final String IMG_RAW = "\"><img src=x onerror=alert(2)>";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    Http http() {
        return new Http(port);
    }

    // XSS -------------------------------------------------------------------------------------

    @Test
    void freeTextIsEscapedOnEveryPageThatShowsItAndTheCspForbidsInlineScript() {
        String payload = SCRIPT + IMG;
        var dossier = http().post("/api/v1/dossiers", "kali.fgp", "demo", JSON, """
                {"noticeNumber": "AN.12.L1.%06d/26", "title": "X %s", "magistrate": "magistraat", "leadInvestigator": "kali.fgp"}"""
                .formatted(ThreadLocalRandom.current().nextInt(900_000, 999_999), payload));
        assertThat(dossier.status()).as(dossier.body()).isEqualTo(201);
        String dossierId = dossier.json().path("id").asString();
        var item = http().post("/api/v1/dossiers/" + dossierId + "/items", "kali.fgp", "demo", JSON, """
                {"category": "POLICE", "classification": "NONE", "tlp": "AMBER", "sourceReliability": "B",
                 "informationAccuracy": "2", "handlingCode": "H0", "title": "T %s", "text": "Body %s"}""".formatted(payload, payload));
        assertThat(item.status()).as(item.body()).isEqualTo(201);
        String itemId = item.json().path("id").asString();
        var maho = http().post("/api/v1/cases", "maho.coord", "demo", JSON, """
                {"title": "C %s", "signal": "S %s", "urgency": "HIGH", "subjects": [], "participants": ["STAD_ANTWERPEN"]}"""
                .formatted(payload, payload));
        assertThat(maho.status()).as(maho.body()).isEqualTo(201);
        String caseId = maho.json().path("id").asString();

        WebSession kali = new WebSession(port).logIn("kali.fgp");
        WebSession coordinator = new WebSession(port).logIn("maho.coord");
        assertEscaped(kali.get("/dossiers/" + dossierId));
        assertEscaped(kali.get("/dossiers"));
        assertEscaped(kali.get("/items/" + itemId));
        assertEscaped(coordinator.get("/cases/" + caseId));
        assertEscaped(coordinator.get("/cases"));

        var reflected = coordinator.get("/impact?partner=" + URLEncoder.encode("</script>" + SCRIPT + IMG_RAW, StandardCharsets.UTF_8));
        assertThat(reflected.statusCode()).isIn(200, 400);
        assertThat(reflected.body()).doesNotContain(SCRIPT, "<img src=x", "</script><script>");
    }

    private static void assertEscaped(HttpResponse<String> page) {
        assertThat(page.statusCode()).as(page.uri().toString()).isEqualTo(200);
        assertThat(page.body()).as(page.uri().toString()).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain(SCRIPT, "<img src=x");
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).contains("script-src 'self'", "object-src 'none'", "base-uri 'self'").doesNotContain("unsafe-inline",
                "unsafe-eval");
    }

    // CSRF ------------------------------------------------------------------------------------

    @Test
    void stateChangingRequestsOfACookieSessionNeedTheToken() {
        WebSession session = new WebSession(port).logIn("kali.fgp");
        assertThat(session.post("/logout", "").statusCode()).isEqualTo(403);
        assertThat(session.post("/dossiers/new", "title=x").statusCode()).isEqualTo(403);
        var api = session.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/dossiers"))
                .header("Content-Type", JSON).POST(HttpRequest.BodyPublishers.ofString("""
                        {"noticeNumber": "AN.12.L1.000001/26", "title": "csrf", "magistrate": "magistraat", "leadInvestigator": "kali.fgp"}""")));
        assertThat(api.statusCode()).as("a cookie-session API call without the token").isEqualTo(403);
        var forged = session.post("/logout", "_csrf=" + UUID.randomUUID());
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(session.get("/").statusCode()).as("still logged in").isEqualTo(200);
    }

    // SQL injection ---------------------------------------------------------------------------

    @Test
    void sqlInjectionInSearchAndFiltersIsInertInput() {
        List<String> payloads = List.of("' OR '1'='1", "1; DROP TABLE subject; --", "') UNION SELECT username, password_hash FROM app_user --",
                "%' AND pg_sleep(5) IS NULL --", "\\'; SELECT 1; --", "name DESC; DELETE FROM audit_event", "-1", "99999999999999999999");
        String justification = URLEncoder.encode("Onderzoek naar witwassen in de haven, controle", StandardCharsets.UTF_8);
        long subjects = jdbc.sql("SELECT count(*) FROM subject").query(Long.class).single();
        for (String raw : payloads) {
            String p = URLEncoder.encode(raw, StandardCharsets.UTF_8);
            List<String> paths = List.of("/api/v1/subjects?q=" + p + "&purpose=" + justification,
                    "/api/v1/subjects?q=x&purpose=" + p, "/api/v1/subjects?compartment=" + p,
                    "/api/v1/subjects?q=x&purpose=" + justification + "&page=" + p + "&size=" + p,
                    "/api/v1/dossiers?q=" + p + "&sort=" + p + "&page=" + p + "&status=" + p,
                    "/api/v1/cases?status=" + p + "&sort=" + p + "&page=" + p,
                    "/api/v1/controls?status=" + p + "&sort=" + p, "/api/v1/protocols?status=" + p + "&q=" + p,
                    "/api/v1/impact?from=" + p + "&to=" + p);
            for (String path : paths) {
                var response = http().get(path, "kali.fgp", "demo");
                assertThat(response.status()).as("%s: %s", path, response.body()).isIn(200, 400, 403, 404);
                if (response.status() == 200 && path.startsWith("/api/v1/subjects?q=")) {
                    JsonNode items = response.json().path("items");
                    assertThat(items.size()).as(path).isLessThanOrEqualTo(20);
                    items.forEach(s -> assertThat(s.toString()).doesNotContain("bcrypt", "$2a$"));
                }
            }
            var dpo = http().get("/api/v1/audit?user=" + p + "&from=" + p + "&subject=" + p, "dpo", "demo");
            assertThat(dpo.status()).as(dpo.body()).isIn(200, 400);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM subject").query(Long.class).single()).isGreaterThanOrEqualTo(subjects);
    }

    // session fixation and open redirects -----------------------------------------------------

    @Test
    void theSessionIdChangesAtLogin() {
        WebSession session = new WebSession(port);
        var page = session.get("/login");
        String before = session.sessionId();
        assertThat(before).as("the login page starts a session (for its CSRF token)").isNotNull();
        var login = session.post("/login", "username=kali.pza&password=demo&_csrf=" + session.csrf(page.body()));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(session.sessionId()).isNotNull().isNotEqualTo(before);
        var fixed = new WebSession(port);
        fixed.cookies.getCookieStore().add(URI.create("http://localhost:" + port), cookie(before));
        assertThat(fixed.get("/").statusCode()).as("the old session id is worth nothing").isEqualTo(302);
    }

    private static java.net.HttpCookie cookie(String value) {
        java.net.HttpCookie cookie = new java.net.HttpCookie("SESSION", value);
        cookie.setPath("/");
        cookie.setVersion(0);
        return cookie;
    }

    @Test
    void noParameterRedirectsOffSite() {
        List<String> targets = List.of("https://evil.example", "//evil.example", "/\\evil.example", "https:evil.example",
                "javascript:alert(1)", "%2F%2Fevil.example");
        for (String target : targets) {
            String t = URLEncoder.encode(target, StandardCharsets.UTF_8);
            WebSession session = new WebSession(port);
            for (String path : List.of("/login?continue=" + t, "/login?redirect=" + t, "/login?redirect_uri=" + t, "/login?next=" + t,
                    "/?lang=fr&redirect=" + t, "/?continue=" + t)) {
                assertStaysHome(session.get(path));
            }
            var page = session.get("/login?continue=" + t);
            var login = session.post("/login?continue=" + t + "&redirect=" + t,
                    "username=kali.pza&password=demo&continue=" + t + "&redirect=" + t + "&_csrf=" + session.csrf(page.body()));
            assertStaysHome(login);
            var lang = session.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/?lang=fr"))
                    .header("Referer", target).GET());
            assertStaysHome(lang);
        }
    }

    private void assertStaysHome(HttpResponse<String> response) {
        response.headers().firstValue("Location").ifPresent(location -> {
            URI uri = URI.create(location.replace("\\", "%5C"));
            assertThat(uri.getHost() == null || uri.getHost().equals("localhost")).as(location).isTrue();
            assertThat(location).doesNotStartWith("//").doesNotContain("evil.example").doesNotStartWith("javascript:");
        });
    }

    // oversized bodies ------------------------------------------------------------------------

    @Test
    void oversizedBodiesAre413Or400NeverA500() {
        byte[] huge = new byte[6 * 1024 * 1024];
        java.util.Arrays.fill(huge, (byte) ' ');
        huge[0] = '{';
        huge[huge.length - 1] = '}';
        var json = http().post("/api/v1/dossiers", "kali.fgp", "demo", JSON, huge);
        assertThat(json.status()).as(json.body()).isEqualTo(413);
        assertThat(json.header("Content-Type")).startsWith("application/problem+json");

        String deep = "{\"title\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        var nested = http().post("/api/v1/dossiers", "kali.fgp", "demo", JSON, deep);
        assertThat(nested.status()).as(nested.body()).isEqualTo(400);
        assertThat(nested.header("Content-Type")).startsWith("application/problem+json");

        var chunked = new Http.Response(send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/dossiers"))
                .header("Authorization", basic("kali.fgp")).header("Content-Type", JSON)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(huge)))));
        assertThat(chunked.status()).as(chunked.body()).isIn(400, 413);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    // path traversal in attachment names ----------------------------------------------------

    @Test
    void attachmentNamesCannotNameAPath() {
        var dossier = http().post("/api/v1/dossiers", "kali.fgp", "demo", JSON, """
                {"noticeNumber": "AN.12.L1.%06d/26", "title": "Traversal", "magistrate": "magistraat", "leadInvestigator": "kali.fgp"}"""
                .formatted(ThreadLocalRandom.current().nextInt(800_000, 899_999)));
        assertThat(dossier.status()).as(dossier.body()).isEqualTo(201);
        var item = http().post("/api/v1/dossiers/" + dossier.json().path("id").asString() + "/items", "kali.fgp", "demo", JSON, """
                {"category": "POLICE", "classification": "NONE", "tlp": "AMBER", "sourceReliability": "B",
                 "informationAccuracy": "2", "handlingCode": "H0", "text": "Bijlagen"}""");
        assertThat(item.status()).as(item.body()).isEqualTo(201);
        String itemId = item.json().path("id").asString();
        List<String> names = List.of("../../etc/passwd.txt", "..\\..\\windows\\win.ini.txt", "/etc/passwd.txt", "C:\\boot.txt",
"\uFF0E\uFF0E\uFF0F\uFF0E\uFF0E\uFF0Fetc\uFF0Fpasswd.txt", "report\u202Egpj.txt", "\u2025/secret.txt",
                "line\u2028break.txt");
        for (String name : names) {
            var response = upload(itemId, name, "hello, world\n".getBytes(StandardCharsets.UTF_8));
            assertThat(response.status()).as("%s: %s", name, response.body()).isEqualTo(201);
            String stored = response.json().path("filename").asString();
            assertThat(stored).as(name).doesNotContain("/", "\\", "\u0000", "\u202E", "\u2028", "\uFF0F", "\u2025")
                    .isNotIn(".", "..").isNotBlank();
            var download = http().get(response.header("Location"), "kali.fgp", "demo");
            assertThat(download.status()).isEqualTo(200);
            assertThat(download.body()).isEqualTo("hello, world\n");
            assertThat(download.header("Content-Disposition")).doesNotContain("/", "\\");
        }
        assertThat(upload(itemId, "../..", "x".getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(400);
        var nul = upload(itemId, "a\u0000b.txt", "x".getBytes(StandardCharsets.UTF_8));
        assertThat(nul.status()).as("a NUL in the file name (the container refuses the part): %s", nul.body()).isEqualTo(400);
        assertThat(nul.header("Content-Type")).startsWith("application/problem+json");
        assertThat(new java.io.File("etc/passwd.txt")).doesNotExist();
    }

    private Http.Response upload(String itemId, String filename, byte[] content) {
        String boundary = "----probe" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + filename.replace("\"", "%22") + "\"\r\nContent-Type: text/plain\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http().post("/api/v1/items/" + itemId + "/attachments", "kali.fgp", "demo", "multipart/form-data; boundary=" + boundary,
                body.toByteArray());
    }

    // rate limits -----------------------------------------------------------------------------

    @Test
    void searchesOverTheLimitAnswer429WithRetryAfter() {
        String user = "search.limit." + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("""
                INSERT INTO app_user (username, display_name, organisation_id, password_hash)
                SELECT ?, 'Search limit', id, ? FROM organisation WHERE code = 'PZ_ANTWERPEN'""")
                .param(user).param(passwords.encode("demo")).update();
        String path = "/api/v1/subjects?q=peeters&purpose=" + URLEncoder.encode("Controle van de zoeklimiet door de test", StandardCharsets.UTF_8);
        int answered = 0;
        Http.Response response;
        do {
            response = http().get(path, user, "demo");
            answered++;
        } while (response.status() != 429 && answered < 1000);
        assertThat(answered).as("searches before the limit").isGreaterThan(10).isLessThan(1000);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(Long.parseLong(response.header("Retry-After"))).isPositive();
        assertThat(http().get("/api/v1/me", user, "demo").status()).as("only searches are limited").isEqualTo(200);
        assertThat(http().get(path, "kali.pza", "demo").status()).as("another user searches on").isNotEqualTo(429);
    }

    @Test
    void oneAddressFailingForManyNamesIsLockedForEveryName() throws Exception {
        String address = "127.%d.%d.%d".formatted(ThreadLocalRandom.current().nextInt(1, 250), ThreadLocalRandom.current().nextInt(1, 250),
                ThreadLocalRandom.current().nextInt(2, 250));
        int status = 0;
        int attempts = 0;
        while (attempts < 200) {
            status = rawGet(address, "/api/v1/me", "spray." + attempts, "Winter2026!");
            attempts++;
            if (status == 429) {
                break;
            }
            assertThat(status).isEqualTo(401);
        }
        assertThat(status).as("after %d failures from %s", attempts, address).isEqualTo(429);
        assertThat(rawGet(address, "/api/v1/me", "kali.pza", "demo")).as("the right password from that address").isEqualTo(429);
        assertThat(http().get("/api/v1/me", "kali.pza", "demo").status()).as("from another address").isEqualTo(200);
    }

    /** A GET over a socket bound to a loopback address of our choice, so the server sees that client address. */
    private int rawGet(String address, String path, String user, String password) throws Exception {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(address, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            socket.setSoTimeout(30_000);
            String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + credentials
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            int b;
            while ((b = in.read()) >= 0 && b != '\n') {
                head.write(b);
            }
            String statusLine = head.toString(StandardCharsets.US_ASCII);
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }
}
