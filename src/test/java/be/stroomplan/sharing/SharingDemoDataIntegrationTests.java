package be.stroomplan.sharing;

import static be.stroomplan.sharing.SharingTestData.codes;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import be.stroomplan.support.ApplicationTest;
import be.stroomplan.support.Http;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** The demo dossier and case, seen by their members through the policy. */
@ApplicationTest
class SharingDemoDataIntegrationTests {

    static final String ZEEHAVEN = demo("compartment:operatie-zeehaven");
    static final String CARWASH = demo("compartment:carwash-noord");

    @LocalServerPort
    int port;

    @Test
    void theDossierIsAJointFileUpToEachMembersClearance() {
        Http http = new Http(port);
        JsonNode fgp = http.get("/api/v1/compartments/" + ZEEHAVEN + "/items", "kali.fgp", "demo").json();
        assertThat(fgp.path("totalItems").asLong()).isEqualTo(3);
        JsonNode pza = http.get("/api/v1/compartments/" + ZEEHAVEN + "/items", "kali.pza", "demo").json();
        assertThat(pza.path("totalItems").asLong()).isEqualTo(2); // the GEHEIM item is above a VERTROUWELIJK clearance
        var secret = http.get("/api/v1/items/" + demo("item:zeehaven-informant"), "kali.pza", "demo");
        assertThat(codes(secret.json())).containsExactly("CLEARANCE_TOO_LOW");
        assertThat(http.get("/api/v1/compartments/" + ZEEHAVEN, "kali.fgp", "demo").json().path("title").asString())
                .isEqualTo("Operatie Zeehaven");
    }

    @Test
    void inTheCaseEachPartnerReadsItsOwnAndWhatWasDisclosedToIt() {
        Http http = new Http(port);
        var disclosed = http.get("/api/v1/items/" + demo("item:carwash-meldingen"), "stad", "demo");
        assertThat(disclosed.status()).as(disclosed.body()).isEqualTo(200);
        assertThat(disclosed.json().path("access").path("path").asString()).isEqualTo("DISCLOSURE");
        var social = http.get("/api/v1/items/" + demo("item:carwash-dimona"), "stad", "demo");
        assertThat(codes(social.json())).containsExactly("OTHER_ORGANISATION");
        assertThat(http.get("/api/v1/items/" + demo("item:carwash-dimona"), "inspectie", "demo").status()).isEqualTo(200);
        JsonNode coordinator = http.get("/api/v1/compartments/" + CARWASH, "maho.coord", "demo").json();
        assertThat(coordinator.path("role").asString()).isEqualTo("MANAGER");
        assertThat(coordinator.path("members").size()).isEqualTo(6);
    }

    static String demo(String name) {
        return UUID.nameUUIDFromBytes(("stroomplan-demo:" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
