package be.stroomplan.subjects;

import static be.stroomplan.subjects.SubjectTestData.ids;
import static be.stroomplan.subjects.SubjectTestData.q;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import be.stroomplan.audit.AuditTrail;
import be.stroomplan.partners.PartnerDirectory;
import be.stroomplan.partners.Role;
import be.stroomplan.partners.UserProfile;
import be.stroomplan.partners.internal.UserStore;
import be.stroomplan.support.ApplicationTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;

/**
 * The name search at register scale (docs/BENCHMARKS.md §7): candidates by exact name keys and by
 * the canonical tokens and their spelling neighbours, ranked, with a bounded total. Over real
 * HTTP, with users of its own: a KALI dossier of one investigator, and a dossier of an outsider.
 */
@ApplicationTest
class SubjectSearchIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditTrail trail;
    @Autowired
    UserStore users;
    @Autowired
    PartnerDirectory directory;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    SubjectRegister register;
    @Autowired
    MockMvc mvc;

    SubjectTestData data;
    String investigator;
    String outsider;
    String dossier;
    String otherDossier;

    @BeforeEach
    void scene() {
        data = new SubjectTestData(port, jdbc, trail, users, directory, encoder);
        investigator = data.user("FGP_ANTWERPEN", "KALI", Role.INVESTIGATOR);
        outsider = data.user("FGP_ANTWERPEN", "KALI", Role.INVESTIGATOR);
        dossier = data.compartment(investigator, "DOSSIER", Map.of());
        otherDossier = data.compartment(outsider, "DOSSIER", Map.of());
    }

    private JsonNode search(String user, String query, String purpose) {
        var response = data.get(user, "/api/v1/subjects?q=" + q(query) + "&purpose=" + purpose);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    @Test
    void aTypingErrorInEitherNameStillFindsThePerson() {
        String person = data.person(investigator, dossier, "Sofie Vermeulen", "1991-03-14", null);
        String other = data.person(investigator, dossier, "Sofie Claes", null, null);

        assertThat(ranked("Sofie Vermrulen", person, other)).as("a letter wrong").startsWith(person);
        assertThat(ranked("Sofie Vermeulne", person, other)).as("two letters swapped").startsWith(person);
        assertThat(ranked("Sofei Vermeulen", person, other)).as("a typing error in the given name").startsWith(person);
        assertThat(ranked("Sophie Vermeulen", person, other)).as("a spelling variant").startsWith(person);
        assertThat(ranked("Vermeulen Sofie", person, other)).as("given and family name swapped").startsWith(person);
        assertThat(ids(search(investigator, "Vermeulen", dossier))).as("the family name alone").contains(person)
                .doesNotContain(other);
        assertThat(ranked("Sofie Verme", person, other)).as("a family name typed in part").startsWith(person);
    }

    @Test
    void transliterationsParticlesAndAMissingMiddleNameAreFound() {
        String mohamed = data.person(investigator, dossier, "Mohamed Amine Ouazzani", null, null);
        String joined = data.person(investigator, dossier, "Youssef El Ouardighi", null, null);
        String particles = data.person(investigator, dossier, "Pieter Van den Bossche", null, null);
        String kbo = enterpriseNumber();
        String company = data.company(investigator, dossier, "Nachtwinkel De Zeester BV", kbo);
        String[] mine = { mohamed, joined, particles, company };

        assertThat(ranked("Muhammad Amine Ouazzani", mine)).startsWith(mohamed);
        assertThat(ids(search(investigator, "Mohammed Ouazzani", dossier))).as("the middle name left out").contains(mohamed);
        assertThat(ids(search(investigator, "Mohamed Amin Al Ouazzani", dossier))).contains(mohamed);
        assertThat(ranked("Youssef Elouardighi", mine)).startsWith(joined);
        assertThat(ids(search(investigator, "Joseph Al-Ouardighi", dossier))).contains(joined);
        assertThat(ranked("Pieter Vandenbossche", mine)).startsWith(particles);
        assertThat(ranked("VAN DEN BOSSCHE Pieter", mine)).startsWith(particles);
        assertThat(ids(search(investigator, "Nachtwinkel Zeester", dossier))).as("a company without its legal form").contains(company);
        String written = kbo.substring(0, 4) + " " + kbo.substring(4, 7) + " " + kbo.substring(7);
        assertThat(ids(search(investigator, written, dossier))).as("an identifier is searched exactly").containsExactly(company);
    }

    @Test
    void resultsAreRankedTheExactNameFirst() {
        String typo = data.person(investigator, dossier, "Karim Bouzidy", null, null);
        String exact = data.person(investigator, dossier, "Karim Bouzidi", null, null);
        String family = data.person(investigator, dossier, "Nadia Bouzidi", null, null);

        JsonNode page = search(investigator, "Karim Bouzidi", dossier);
        List<String> ranked = among(ids(page), typo, exact, family);
        assertThat(ranked).startsWith(exact).contains(typo);
        assertThat(ranked.indexOf(typo)).isLessThan(ranked.contains(family) ? ranked.indexOf(family) : Integer.MAX_VALUE);
        List<Double> scores = new ArrayList<>();
        page.path("items").forEach(item -> scores.add(item.path("score").asDouble()));
        assertThat(scores).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(page.path("totalItems").asLong()).isEqualTo(ids(page).size());
        assertThat(page.path("totalCapped").asBoolean()).isFalse();
    }

    @Test
    void aNameSharedByMoreSubjectsThanTheCapReportsACappedTotal() throws Exception {
        UserProfile profile = directory.profile(investigator).orElseThrow();
        int many = SubjectRegister.MAX_RESULTS + 5;
        for (int i = 0; i < many; i++) {
            register.create(profile, new SubjectDraft(dossier, "PERSON", "Ardit Krasniqi", null, null, null, null, null, "K-" + i,
                    "OTHER", null, null, null));
        }
        var response = data.get(investigator, "/api/v1/subjects?q=" + q("Ardit Krasniqi") + "&purpose=" + dossier + "&size=100&page=1");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode page = response.json();
        assertThat(page.path("totalCapped").asBoolean()).isTrue();
        assertThat(page.path("totalItems").asLong()).isEqualTo(SubjectRegister.MAX_RESULTS);
        assertThat(page.path("totalPages").asInt()).isEqualTo(2);
        assertThat(page.path("items").size()).isEqualTo(100);
        var beyond = data.get(investigator, "/api/v1/subjects?q=" + q("Ardit Krasniqi") + "&purpose=" + dossier + "&size=100&page=2");
        assertThat(beyond.json().path("items").size()).as("no page beyond the cap").isZero();
        assertThat(data.audit(investigator)).anySatisfy(row -> assertThat(row).containsEntry("action", "SEARCH")
                .satisfies(r -> assertThat((String) r.get("details")).endsWith("100 of " + SubjectRegister.MAX_RESULTS + "+")));

        mvc.perform(get("/subjects").param("q", "Ardit Krasniqi").param("compartment", dossier)
                        .with(user(investigator).roles("INVESTIGATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"capped\"")))
                .andExpect(content().string(containsString("Meer dan " + SubjectRegister.MAX_RESULTS + " resultaten")));
    }

    @Test
    void aFuzzyMatchInACompartmentTheUserCannotReadNeverAppears() {
        String foreign = data.person(outsider, otherDossier, "Liridon Gashi", null, null);
        String foreignTypo = data.person(outsider, otherDossier, "Liridon Gashii", null, null);
        String own = data.person(investigator, dossier, "Liridon Gashi", null, null);

        assertThat(ids(search(investigator, "Liridon Gashi", dossier))).containsExactly(own);
        assertThat(ids(search(investigator, "Lirydon Gashi", dossier))).containsExactly(own);
        assertThat(ids(search(investigator, "Liridon Gashii", dossier))).containsExactly(own);
        assertThat(ids(search(outsider, "Liridon Gashi", otherDossier))).containsExactlyInAnyOrder(foreign, foreignTypo);
        assertThat(search(investigator, "Lirydon Gashi", dossier).path("totalItems").asLong()).isEqualTo(1);
    }

    @Test
    void theVocabularyFollowsTheRegisterAndAnUnknownTokenStillMatchesExactly() {
        String token = "zqx" + Long.toString(System.nanoTime(), 36).replaceAll("\\d", "");
        String name = "Zeynep " + token;
        String id = data.person(investigator, dossier, name, null, null);
        data.person(investigator, dossier, "Zeynep Kaya", null, null);
        String given = Names.keys(name).tokens().get(0);
        String canonical = Names.keys(name).tokens().get(1);
        assertThat(vocabulary(canonical)).as("a new token enters the vocabulary with its deletion keys")
                .contains(canonical, canonical.substring(1));

        jdbc.sql("DELETE FROM subject_name_token WHERE token = ?").param(canonical).update();
        assertThat(ids(search(investigator, name, dossier))).as("a token missing from the vocabulary matches itself").startsWith(id);

        jdbc.sql("INSERT INTO subject_name_token (key, token) VALUES (?, ?)").params(canonical, canonical).update();
        String renamed = canonical + "w";
        jdbc.sql("UPDATE subject SET name_canonical = ? WHERE id = CAST(? AS uuid)").params(given + " " + renamed, id).update();
        assertThat(vocabulary(renamed)).as("a renamed subject's new token enters").contains(renamed);
        assertThat(vocabulary(canonical)).as("and the token it no longer holds leaves").isEmpty();
        jdbc.sql("DELETE FROM subject WHERE id = CAST(? AS uuid)").param(id).update();
        assertThat(vocabulary(renamed)).as("a token no subject holds leaves the vocabulary").isEmpty();
        assertThat(vocabulary(given)).as("a token other subjects hold stays").isNotEmpty();
    }

    /** The investigator's search in the dossier, ranked, keeping only these subjects (see {@link #among}). */
    private List<String> ranked(String query, String... subjects) {
        return among(ids(search(investigator, query, dossier)), subjects);
    }

    /** A valid enterprise number no other test uses. */
    private static String enterpriseNumber() {
        long base = 1_000_000 + java.util.concurrent.ThreadLocalRandom.current().nextLong(8_999_999);
        return "%08d%02d".formatted(base, 97 - base % 97);
    }

    /**
     * The ranked ids, keeping only these subjects: the test's users may read subjects of other
     * tests through their team or organisation, which must not decide the order asserted here.
     */
    private static List<String> among(List<String> ranked, String... ids) {
        return ranked.stream().filter(List.of(ids)::contains).toList();
    }

    private List<String> vocabulary(String token) {
        return jdbc.sql("SELECT key FROM subject_name_token WHERE token = ?").param(token).query(String.class).list();
    }
}
