package be.stroomplan.platform;

import static be.stroomplan.support.TestData.csrf;
import static be.stroomplan.support.TestData.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import be.stroomplan.support.ApplicationProcess;
import be.stroomplan.support.Http;
import be.stroomplan.support.TestData;
import be.stroomplan.support.TestPostgres;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two nodes, each a JVM of its own on its own port, against one PostgreSQL (the embedded 17 the
 * platform ships, started for this class alone): a browser session is shared, a ShedLock job runs
 * once per tick across both, an application event is delivered once and, when its listener failed,
 * delivered again by the event publication registry after a restart.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MultiNodeIntegrationTests {

    private static final Duration START = Duration.ofMinutes(4);
    private static final String JSON = "application/json";
    private static final String INDEX_LISTENER = "be.stroomplan.deconfliction.internal.IndexMaintenance.on(be.stroomplan.dossiers.DossierSubjectAdded)";
    /** The retention purge every ten seconds, instead of nightly: often enough to see ticks, rare enough for the five-second lock. */
    private static final String PURGE_EVERY_TEN_SECONDS = "--stroomplan.retention.purge-cron=*/10 * * * * *";
    /** ShedLock says when a node skips a job because another holds the lock. */
    private static final String LOCK_DECISIONS = "--logging.level.net.javacrumbs.shedlock=DEBUG";

    TestPostgres database;
    ApplicationProcess a;
    ApplicationProcess b;
    String dossier;

    @BeforeAll
    void twoNodes() {
        Path directory = TestData.freshDirectory("multi-node");
        database = TestPostgres.embedded(directory.resolve("pg"));
        Path secrets = ApplicationProcess.writeSecrets(directory.resolve("secrets"));
        // only one node loads the demo data; both migrate (Flyway serialises them with a database lock)
        a = ApplicationProcess.of("node-a", directory.resolve("a"), database, secrets,
                List.of("--stroomplan.demo-data.enabled=true", PURGE_EVERY_TEN_SECONDS, LOCK_DECISIONS));
        b = ApplicationProcess.of("node-b", directory.resolve("b"), database, secrets,
                List.of("--stroomplan.demo-data.enabled=false", PURGE_EVERY_TEN_SECONDS, LOCK_DECISIONS));
        a.start();
        b.start();
        CompletableFuture<?> readyA = CompletableFuture.runAsync(() -> a.awaitReady(START));
        CompletableFuture<?> readyB = CompletableFuture.runAsync(() -> b.awaitReady(START));
        CompletableFuture.allOf(readyA, readyB).join();
    }

    @AfterAll
    void stop() {
        if (a != null) {
            a.stop();
        }
        if (b != null) {
            b.stop();
        }
        if (database != null) {
            database.stop();
        }
    }

    @Test
    @Order(1)
    void aSessionStartedOnOneNodeIsValidOnTheOtherAndLogoutEndsItOnBoth() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        var loginPage = get(browser, a, "/login");
        var login = post(browser, a, "/login", "username=kali.fgp&password=demo&_csrf=" + csrf(loginPage.body()));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");

        var homeOnB = get(browser, b, "/");
        assertThat(homeOnB.statusCode()).as("node B accepts the session cookie node A issued").isEqualTo(200);
        assertThat(homeOnB.body()).contains("kali.fgp");
        assertThat(get(browser, a, "/").statusCode()).isEqualTo(200);

        var logout = post(browser, b, "/logout", "_csrf=" + csrf(homeOnB.body()));
        assertThat(logout.statusCode()).isEqualTo(302);
        assertThat(logout.headers().firstValue("Location").orElseThrow()).endsWith("/login?logout");
        var afterLogoutOnA = get(browser, a, "/");
        assertThat(afterLogoutOnA.statusCode()).as("the logout on node B ended the session on node A").isEqualTo(302);
        assertThat(afterLogoutOnA.headers().firstValue("Location").orElseThrow()).endsWith("/login");
        assertThat(get(browser, b, "/").statusCode()).isEqualTo(302);
        assertThat(count("SELECT count(*) FROM spring_session WHERE principal_name = 'kali.fgp'")).isZero();
    }

    @Test
    @Order(2)
    void anEventOfOneNodeIsDeliveredOnceAndItsEffectSeenOnTheOther() throws Exception {
        Http onA = a.http();
        var opened = onA.post("/api/v1/dossiers", "kali.fgp", "demo", JSON, """
                {"noticeNumber": "%s", "title": "Operatie Twee Knopen", "magistrate": "magistraat", "leadInvestigator": "kali.fgp"}"""
                .formatted(TestData.noticeNumber()));
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        dossier = opened.json().path("id").asString();
        String number = TestData.enterpriseNumber();
        addCompany(onA, number);

        eventually(Duration.ofSeconds(60), "the index listener completed", () -> completed(INDEX_LISTENER) == 1);
        assertThat(publications(INDEX_LISTENER)).as("one publication per listener, not one per node").isEqualTo(1);
        eventually(Duration.ofSeconds(30), "node B sees what node A's listener indexed", () -> "ON_HOLD".equals(check(b, number)));
        ApplicationProcess.pause(Duration.ofSeconds(2));
        assertThat(publications(INDEX_LISTENER)).isEqualTo(1);
        assertThat(completed(INDEX_LISTENER)).isEqualTo(1);
    }

    @Test
    @Order(3)
    void aPublicationLeftIncompleteIsDeliveredAgainWhenANodeRestarts() throws Exception {
        assertThat(dossier).as("the previous test opened the dossier").isNotNull();
        String number = TestData.enterpriseNumber();
        // the listener's transaction cannot write the index: a stand-in for a failure half-way
        owner("REVOKE INSERT ON deconfliction_index FROM " + TestPostgres.APP);
        try {
            addCompany(a.http(), number);
            eventually(Duration.ofSeconds(60), "the listener failed and its publication was marked so",
                    () -> failed(INDEX_LISTENER) == 1);
            assertThat(completed(INDEX_LISTENER)).isEqualTo(1);
        } finally {
            owner("GRANT INSERT ON deconfliction_index TO " + TestPostgres.APP);
        }
        assertThat(check(a, number)).as("not indexed while the listener failed").isEqualTo("CLEAR");

        b.stop();
        b.start().awaitReady(START);
        eventually(Duration.ofSeconds(60), "the restarted node delivered the publication again", () -> completed(INDEX_LISTENER) == 2);
        assertThat(publications(INDEX_LISTENER)).as("the same publication completed, no new one").isEqualTo(2);
        assertThat(failed(INDEX_LISTENER)).isZero();
        assertThat(check(a, number)).isEqualTo("ON_HOLD");
    }

    @Test
    @Order(4)
    void aScheduledJobRunsOncePerTickAcrossBothNodes() throws Exception {
        Pattern run = Pattern.compile("^(\\S+)\\s.*Retention purge for ", Pattern.MULTILINE);
        eventually(Duration.ofSeconds(90), "the purge ran at least four times", () -> runs(run).size() >= 4);
        List<OffsetDateTime> runs = runs(run);
        Map<Long, Long> perTick = runs.stream().collect(Collectors.groupingBy(at -> at.toEpochSecond() / 10, Collectors.counting()));
        assertThat(perTick.values()).as("runs per ten-second tick across both nodes: " + runs).allMatch(n -> n == 1);
        assertThat(a.logs() + b.logs()).as("a node found the job locked by the other and skipped it")
                .contains("Not executing 'retention-purge'");
        assertThat(count("SELECT count(*) FROM shedlock WHERE name = 'retention-purge'")).isEqualTo(1);
    }

    private List<OffsetDateTime> runs(Pattern run) {
        List<OffsetDateTime> runs = new ArrayList<>();
        for (String log : List.of(a.logs(), b.logs())) {
            Matcher matcher = run.matcher(log);
            while (matcher.find()) {
                runs.add(OffsetDateTime.parse(matcher.group(1)));
            }
        }
        runs.sort(null);
        return runs;
    }

    private void addCompany(Http node, String number) {
        var added = node.post("/api/v1/dossiers/" + dossier + "/subjects", "kali.fgp", "demo", JSON, """
                {"subject": {"type": "COMPANY", "name": "Loods %s BV",
                             "identifiers": [{"type": "ENTERPRISE_NUMBER", "value": "%s"}]}, "category": "SUSPECT"}"""
                .formatted(number, number));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
    }

    private static String check(ApplicationProcess node, String number) {
        var result = node.http().post("/api/v1/deconfliction/checks", "coac", "demo", JSON, """
                {"purpose": "COAC_CONTROLE", "items": [{"type": "ENTERPRISE_NUMBER", "value": "%s"}]}""".formatted(number));
        assertThat(result.status()).as(result.body()).isEqualTo(200);
        return result.json().path("results").get(0).path("status").asString();
    }

    private long publications(String listener) {
        return count("SELECT count(*) FROM event_publication WHERE listener_id = ? AND serialized_event LIKE ?", listener);
    }

    private long completed(String listener) {
        return count("SELECT count(*) FROM event_publication WHERE listener_id = ? AND serialized_event LIKE ?"
                + " AND completion_date IS NOT NULL", listener);
    }

    private long failed(String listener) {
        return count("SELECT count(*) FROM event_publication WHERE listener_id = ? AND serialized_event LIKE ?"
                + " AND completion_date IS NULL AND status = 'FAILED'", listener);
    }

    private long count(String sql, String listener) {
        try (Connection connection = database.connect(TestPostgres.OWNER, TestPostgres.DATABASE);
             PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, listener);
            statement.setString(2, "%" + dossier + "%");
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String sql) {
        try (Connection connection = database.connect(TestPostgres.OWNER, TestPostgres.DATABASE);
             Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private void owner(String sql) throws Exception {
        try (Connection connection = database.connect(TestPostgres.OWNER, TestPostgres.DATABASE);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static HttpResponse<String> get(HttpClient browser, ApplicationProcess node, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(node.base() + path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(HttpClient browser, ApplicationProcess node, String path, String form) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(node.base() + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
