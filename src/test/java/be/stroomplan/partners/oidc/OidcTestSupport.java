package be.stroomplan.partners.oidc;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

import be.stroomplan.partners.Organisation;
import be.stroomplan.partners.internal.OrganisationStore;
import be.stroomplan.partners.internal.UserAccount;
import be.stroomplan.partners.internal.UserStore;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.util.UriComponentsBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Stroomplan application wired to the {@link TestIssuer}: bearer tokens on the API (with the API
 * audience required) and a browser login client registration {@code test-idp}. Subclasses with the
 * same configuration share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class OidcTestSupport {

    static final String DISABLED_USER = "oud.account";

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private static final SecureRandom RANDOM = new SecureRandom();

    @DynamicPropertySource
    static void oidcProperties(DynamicPropertyRegistry registry) {
        TestIssuer issuer = TestIssuer.get();
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", issuer::issuer);
        registry.add("spring.security.oauth2.resourceserver.jwt.audiences", () -> TestIssuer.API_AUDIENCE);
        String registration = "spring.security.oauth2.client.registration.test-idp.";
        registry.add(registration + "provider", () -> "test-idp");
        registry.add(registration + "client-id", () -> TestIssuer.WEB_CLIENT);
        registry.add(registration + "client-secret", () -> TestIssuer.secret(TestIssuer.WEB_CLIENT));
        registry.add(registration + "client-name", () -> "Test IdP");
        registry.add(registration + "authorization-grant-type", () -> "authorization_code");
        registry.add(registration + "scope", () -> "openid,profile");
        registry.add("spring.security.oauth2.client.provider.test-idp.issuer-uri", issuer::issuer);
    }

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    UserStore users;

    @Autowired
    OrganisationStore organisations;

    TestIssuer issuer = TestIssuer.get();

    /** A local account that exists at the provider too, but is disabled here. */
    @BeforeEach
    void disabledAccount() {
        if (users.findByUsername(DISABLED_USER).isEmpty()) {
            Organisation fgp = organisations.findByCode("FGP_ANTWERPEN").orElseThrow();
            UserAccount account = users.create(DISABLED_USER, "Old account", null, fgp.id(), null);
            users.update(account.id(), account.displayName(), null, fgp.id(), false);
        }
    }

    /** The application's base URL; on 127.0.0.1, so its cookies never mix with the provider's on localhost. */
    String app() {
        return "http://127.0.0.1:" + port;
    }

    /** An access token for this user, obtained through the provider's authorization code flow with PKCE. */
    String userToken(String clientId, String username) {
        String verifier = base64Url(randomBytes(32));
        String challenge = base64Url(sha256(verifier));
        String authorize = UriComponentsBuilder.fromUriString(issuer.issuer() + "/oauth2/authorize")
                .queryParam("response_type", "code")
                .queryParam("client_id", clientId)
                .queryParam("scope", "openid profile")
                .queryParam("state", "test-state")
                .queryParam("redirect_uri", TestIssuer.CALLBACK)
                .queryParam("code_challenge", challenge)
                .queryParam("code_challenge_method", "S256")
                .encode().build().toUriString();
        Browser browser = new Browser();
        Browser.Page loginPage = browser.follow(browser.get(authorize));
        assertThat(loginPage.status()).as("provider login page").isEqualTo(200);
        Browser.Page callback = browser.follow(browser.post(issuer.issuer() + "/login", Map.of(
                "username", username, "password", TestIssuer.PASSWORD, "_csrf", Browser.csrfToken(loginPage))),
                location -> location.startsWith(TestIssuer.CALLBACK));
        String location = callback.location();
        assertThat(location).as("redirect back to the client").startsWith(TestIssuer.CALLBACK);
        String code = UriComponentsBuilder.fromUriString(location).build().getQueryParams().getFirst("code");
        assertThat(code).as("authorization code in " + location).isNotBlank();
        return tokenRequest(clientId, Map.of("grant_type", "authorization_code", "code", code,
                "redirect_uri", TestIssuer.CALLBACK, "code_verifier", verifier));
    }

    /** An access token of a client for itself, without any user. */
    String clientToken(String clientId) {
        return tokenRequest(clientId, Map.of("grant_type", "client_credentials", "scope", "api"));
    }

    private String tokenRequest(String clientId, Map<String, String> form) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(issuer.issuer() + "/oauth2/token"))
                .header("Authorization", basic(clientId, TestIssuer.secret(clientId)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(form))));
        assertThat(response.statusCode()).as("token response " + response.body()).isEqualTo(200);
        return json.readTree(response.body()).path("access_token").asString();
    }

    /** GET on the application with this Authorization header (or none). */
    HttpResponse<String> api(String path, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app() + path)).header("Accept", "application/json").GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request);
    }

    JsonNode body(HttpResponse<String> response) {
        return json.readTree(response.body());
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }

    static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        }
        catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String form(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
