package be.stroomplan.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import be.stroomplan.support.ApplicationTest;
import be.stroomplan.support.Http;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * IDOR probes on every id-taking endpoint. The mappings with path variables are read from Spring
 * MVC's handler mapping, so a new endpoint fails {@link #everyIdTakingEndpointIsCovered} until it is
 * given a kind of id below. For each endpoint, a user who may not know the resource sends the id of an
 * existing one, a random id and a malformed one: the existing id must answer exactly like the random
 * one (same status; on the API the same problem body but for its instance), the answer must be a
 * refusal (403 or 404; 400 where the body is checked before the id), and nothing may answer 5xx.
 */
@ApplicationTest
class IdorIntegrationTests {

    /** How to probe the endpoints under a path prefix: who probes, and an existing id that user may not know. */
    private record Kind(String user, String existingSql, boolean mustExist) {
    }

    private static final String FOREIGN = """
            SELECT c.id::text FROM compartment c WHERE c.kind = '%s' AND NOT EXISTS (
                SELECT 1 FROM compartment_member m WHERE m.compartment_id = c.id AND (
                    (m.member_type = 'USER' AND m.member_id = '%s') OR (m.member_type = 'ORGANISATION' AND m.member_id = '%s')
                    OR (m.member_type = 'TEAM' AND m.member_id = '%s'))) AND %s ORDER BY c.created_at LIMIT 1""";

    private static final Kind DOSSIER = new Kind("stad", FOREIGN.formatted("DOSSIER", "stad", "STAD_ANTWERPEN", "MAHO",
            "c.id IN (SELECT id FROM dossier)"), true);
    private static final Kind CASE = new Kind("kali.fgp", FOREIGN.formatted("CASE", "kali.fgp", "FGP_ANTWERPEN", "KALI",
            "c.id IN (SELECT id FROM maho_case)"), true);
    private static final Kind CONTROL = new Kind("kali.fgp", FOREIGN.formatted("ACTION", "kali.fgp", "FGP_ANTWERPEN", "KALI",
            "c.id IN (SELECT id FROM control_action)"), true);
    private static final Kind ITEM = new Kind("stad", "SELECT i.id::text FROM information_item i WHERE i.compartment_id::text = ("
            + FOREIGN.formatted("DOSSIER", "stad", "STAD_ANTWERPEN", "MAHO", "EXISTS (SELECT 1 FROM information_item x WHERE x.compartment_id = c.id)")
            + ") LIMIT 1", true);
    private static final Kind SUBJECT = new Kind("stad", "SELECT s.id::text FROM subject s WHERE s.compartment_id::text = ("
            + FOREIGN.formatted("DOSSIER", "stad", "STAD_ANTWERPEN", "MAHO", "EXISTS (SELECT 1 FROM subject x WHERE x.compartment_id = c.id)")
            + ") LIMIT 1", true);
    private static final Kind MEETING = new Kind("stad", "SELECT id::text FROM maho_meeting LIMIT 1", false);
    private static final Kind RELEASE = new Kind("kali.fgp", "SELECT r.id::text FROM release_request r WHERE r.case_id::text IN ("
            + FOREIGN.formatted("CASE", "kali.fgp", "FGP_ANTWERPEN", "KALI", "true").replace(" ORDER BY c.created_at LIMIT 1", "")
            + ") LIMIT 1", false);
    private static final Kind TICKET = new Kind("douane", "SELECT t.id::text FROM deconfliction_ticket t JOIN deconfliction_request r ON r.id = t.request_id WHERE r.requester <> 'douane' LIMIT 1", false);
    private static final Kind DECONFLICTION_REQUEST = new Kind("douane", "SELECT id::text FROM deconfliction_request WHERE requester <> 'douane' LIMIT 1", false);
    private static final Kind OPERATION = new Kind("douane", "SELECT reference::text FROM deconfliction_operation WHERE coordinator <> 'douane' LIMIT 1", false);
    private static final Kind IMPORT = new Kind("stad", "SELECT id::text FROM subject_import WHERE created_by <> 'stad' LIMIT 1", false);
    /** Refused by role to everybody but the functional administrator (or the magistrate): 403 whatever the id. */
    private static final Kind ADMIN_ONLY = new Kind("kali.fgp", null, false);
    private static final Kind MAGISTRATE_ONLY = new Kind("kali.fgp", null, false);
    /** Protocols are not secret (the public list names them): only a guessed and a malformed id are probed. */
    private static final Kind PROTOCOL = new Kind("stad", null, false);

    /** Path prefixes (up to and including the first variable) and the kind of id the variable is. */
    private static final Map<String, Kind> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("/api/v1/dossiers/{id}", DOSSIER);
        KINDS.put("/dossiers/{id}", DOSSIER);
        KINDS.put("/api/v1/compartments/{id}", DOSSIER);
        KINDS.put("/compartments/{id}", DOSSIER);
        KINDS.put("/api/v1/cases/{id}", CASE);
        KINDS.put("/api/v1/cases/{caseId}", CASE);
        KINDS.put("/cases/{id}", CASE);
        KINDS.put("/cases/{caseId}", CASE);
        KINDS.put("/api/v1/controls/{id}", CONTROL);
        KINDS.put("/controls/{id}", CONTROL);
        KINDS.put("/api/v1/items/{id}", ITEM);
        KINDS.put("/items/{id}", ITEM);
        KINDS.put("/api/v1/subjects/{id}", SUBJECT);
        KINDS.put("/subjects/{id}", SUBJECT);
        KINDS.put("/api/v1/meetings/{id}", MEETING);
        KINDS.put("/cases/meetings/{id}", MEETING);
        KINDS.put("/api/v1/release-requests/{id}", RELEASE);
        KINDS.put("/release-requests/{id}", RELEASE);
        KINDS.put("/api/v1/deconfliction/tickets/{id}", TICKET);
        KINDS.put("/api/v1/deconfliction/requests/{id}", DECONFLICTION_REQUEST);
        KINDS.put("/api/v1/deconfliction/operations/{id}", OPERATION);
        KINDS.put("/api/v1/imports/{id}", IMPORT);
        KINDS.put("/subjects/imports/{id}", IMPORT);
        KINDS.put("/admin/users/{id}", ADMIN_ONLY);
        KINDS.put("/admin/organisations/{id}", ADMIN_ONLY);
        KINDS.put("/admin/teams/{id}", ADMIN_ONLY);
        KINDS.put("/api/v1/organisations/{code}", ADMIN_ONLY);
        KINDS.put("/api/v1/users/{username}", ADMIN_ONLY);
        KINDS.put("/magistrate/releases/{id}", MAGISTRATE_ONLY);
        KINDS.put("/magistrate/requests/{id}", MAGISTRATE_ONLY);
        KINDS.put("/magistrate/tickets/{id}", MAGISTRATE_ONLY);
        KINDS.put("/api/v1/protocols/{id}", PROTOCOL);
        KINDS.put("/protocols/{id}", PROTOCOL);
    }

    private static final Pattern VARIABLE = Pattern.compile("\\{[^}]+}");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private record Endpoint(String method, String pattern) {
    }

    private List<Endpoint> idTakingEndpoints() {
        Set<String> seen = new TreeSet<>();
        List<Endpoint> endpoints = new ArrayList<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.contains("{")) {
                    continue;
                }
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    if (seen.add(method + " " + pattern)) {
                        endpoints.add(new Endpoint(method.name(), pattern));
                    }
                }
            }
        }
        return endpoints;
    }

    private static Optional<Map.Entry<String, Kind>> kind(String pattern) {
        return KINDS.entrySet().stream().filter(e -> pattern.equals(e.getKey()) || pattern.startsWith(e.getKey() + "/")).findFirst();
    }

    @Test
    void everyIdTakingEndpointIsCovered() {
        List<Endpoint> endpoints = idTakingEndpoints();
        assertThat(endpoints).hasSizeGreaterThan(100);
        assertThat(endpoints).as("id-taking endpoints without a kind of id in IdorIntegrationTests.KINDS")
                .filteredOn(e -> kind(e.pattern()).isEmpty()).isEmpty();
    }

    @Test
    void anotherOrganisationsIdAnswersLikeAGuessedOne() {
        Map<String, WebSession> sessions = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        int probed = 0;
        int withExisting = 0;
        for (Endpoint endpoint : idTakingEndpoints()) {
            Map.Entry<String, Kind> entry = kind(endpoint.pattern()).orElseThrow();
            Kind kind = entry.getValue();
            Optional<String> existing = kind.existingSql() == null ? Optional.empty()
                    : jdbc.sql(kind.existingSql()).query(String.class).optional();
            if (kind.mustExist()) {
                assertThat(existing).as("an existing id for %s", entry.getKey()).isPresent();
            }
            String random = UUID.randomUUID().toString();
            boolean api = endpoint.pattern().startsWith("/api/");
            WebSession session = api ? null : sessions.computeIfAbsent(kind.user(), user -> new WebSession(port).logIn(user));
            Answer guessed = call(endpoint, path(endpoint.pattern(), random), kind.user(), session);
            Answer malformed = call(endpoint, path(endpoint.pattern(), "1' OR '1'='1"), kind.user(), session);
            probed++;
            check(failures, endpoint, "a guessed id", guessed, true, api);
            check(failures, endpoint, "a malformed id", malformed, false, api);
            if (existing.isPresent()) {
                withExisting++;
                Answer foreign = call(endpoint, path(endpoint.pattern(), existing.get()), kind.user(), session);
                if (foreign.status() != guessed.status() || !foreign.body().equals(guessed.body())) {
                    failures.add("%s %s: the existing id answers %s, a guessed one %s".formatted(endpoint.method(), endpoint.pattern(),
                            foreign, guessed));
                }
            }
        }
        assertThat(failures).as("IDOR probes").isEmpty();
        assertThat(probed).isGreaterThan(100);
        assertThat(withExisting).isGreaterThan(60);
    }

    /**
     * A refusal: 403 or 404, or 400/405/415 where the request is refused before its id is looked at. A page's
     * form post may instead redirect (back to the page, with the problem in a flash attribute), as long as
     * an existing id does exactly the same (checked by the caller).
     */
    private static void check(List<String> failures, Endpoint endpoint, String what, Answer answer, boolean refusal, boolean api) {
        int status = answer.status();
        boolean redirectOfAForm = !api && endpoint.method().equals("POST") && status == 302;
        boolean ok = redirectOfAForm || status >= 400 && status < 500
                && (!refusal || status == 403 || status == 404 || status == 400 || status == 405 || status == 415);
        if (!ok) {
            failures.add("%s %s with %s answers %s".formatted(endpoint.method(), endpoint.pattern(), what, answer));
        }
    }

    /** The first variable gets the id, the others a random id each. */
    private static String path(String pattern, String id) {
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder path = new StringBuilder();
        boolean first = true;
        while (m.find()) {
            String value = first ? id : UUID.randomUUID().toString();
            first = false;
            m.appendReplacement(path, Matcher.quoteReplacement(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8)
                    .replace("+", "%20")));
        }
        m.appendTail(path);
        return path.toString();
    }

    private record Answer(int status, String body) {

        @Override
        public String toString() {
            return status + " " + (body.length() > 160 ? body.substring(0, 160) + "…" : body);
        }
    }

    private Answer call(Endpoint endpoint, String path, String user, WebSession session) {
        if (session == null) {
            Http http = new Http(port);
            Http.Response response = switch (endpoint.method()) {
                case "GET" -> http.get(path, user, "demo");
                case "POST" -> http.post(path, user, "demo", "application/json", "{}");
                case "PUT" -> http.put(path, user, "demo", "application/json", "{}");
                default -> http.send(endpoint.method(), path, user, "demo");
            };
            return new Answer(response.status(), response.body().replaceAll("\"instance\":\"[^\"]*\"", ""));
        }
        HttpResponse<String> response = switch (endpoint.method()) {
            case "GET" -> session.get(path);
            case "POST" -> session.postWithToken(path, "");
            default -> session.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .method(endpoint.method(), HttpRequest.BodyPublishers.noBody()));
        };
        // a redirect must go to the same place (ids aside) whether the id exists or not
        return new Answer(response.statusCode(), response.headers().firstValue("Location").orElse("")
                .replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "<id>"));
    }
}
