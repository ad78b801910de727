package be.stroomplan.dossiers;

import static org.assertj.core.api.Assertions.assertThat;

import be.stroomplan.support.ApplicationTest;
import be.stroomplan.support.Http;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The embargo: while a dossier is under it, no item leaves it (403 with reason EMBARGO), except a
 * summary the magistrate approved, given a covering protocol (PZ Antwerpen → Stad Antwerpen for
 * MAHO, of the demo data); only the dossier’s magistrate places the embargo and approves.
 */
@ApplicationTest
class DossierEmbargoIntegrationTests {

    @LocalServerPort
    int port;

    DossierTestData data;

    @BeforeEach
    void setUp() {
        data = new DossierTestData(port);
    }

    private Http.Response disclose(String item) {
        return data.post("/api/v1/items/" + item + "/disclosures", "kali.pza", """
                {"recipient": "STAD_ANTWERPEN", "compartment": "%s", "purpose": "MAHO_CASUSOVERLEG"}""".formatted(DossierTestData.CARWASH));
    }

    private String item(String dossier, String text) {
        var created = data.post("/api/v1/dossiers/" + dossier + "/items", "kali.pza", DossierTestData.item("POLICE", text));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    @Test
    void anEmbargoBlocksDisclosureExceptOfASummaryTheMagistrateApproved() {
        String dossier = data.open("kali.pza", "\"embargo\": true");
        assertThat(data.get("/api/v1/dossiers/" + dossier, "kali.fgp").path("embargo").asBoolean()).isTrue();
        String raw = item(dossier, "Ruwe observatie");
        String summary = item(dossier, "Samenvatting voor MAHO");

        var refused = disclose(raw);
        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.json().path("reasons").toString()).contains("\"EMBARGO\"");

        assertThat(data.post("/api/v1/dossiers/" + dossier + "/items/" + summary + "/approve-summary", "kali.fgp", "").status())
                .as("only the magistrate approves").isEqualTo(403);
        assertThat(data.post("/api/v1/dossiers/" + dossier + "/items/" + summary + "/approve-summary", "kali.pza", "").status())
                .isEqualTo(403);
        assertThat(data.post("/api/v1/dossiers/" + dossier + "/items/" + summary + "/approve-summary", "magistraat", "").status())
                .isEqualTo(200);

        var released = disclose(summary);
        assertThat(released.status()).as(released.body()).isEqualTo(201);
        assertThat(disclose(raw).status()).as("the raw item stays under the embargo").isEqualTo(403);
        assertThat(names("/api/v1/dossiers/" + dossier + "/timeline")).contains("EMBARGO", "SUMMARY_APPROVED");
    }

    @Test
    void onlyTheMagistrateTogglesTheEmbargoAndWithoutItItemsMayLeave() {
        String dossier = data.open("kali.pza");
        String raw = item(dossier, "Observatie zonder embargo");
        assertThat(data.post("/api/v1/dossiers/" + dossier + "/embargo", "kali.fgp", "{\"embargo\": true}").status()).isEqualTo(403);
        assertThat(data.post("/api/v1/dossiers/" + dossier + "/embargo", "magistraat", "{\"embargo\": true}").status()).isEqualTo(200);
        assertThat(disclose(raw).json().path("reasons").toString()).contains("\"EMBARGO\"");
        assertThat(data.post("/api/v1/dossiers/" + dossier + "/embargo", "magistraat", "{\"embargo\": false}").status()).isEqualTo(200);
        var released = disclose(raw);
        assertThat(released.status()).as(released.body()).isEqualTo(201);
    }

    @Test
    void nothingIsDerivedOutOfAnEmbargoedDossier() {
        String dossier = data.open("kali.pza", "\"embargo\": true");
        String raw = item(dossier, "Observatie onder embargo");
        var derived = data.post("/api/v1/compartments/" + DossierTestData.CARWASH + "/items?derivedFrom=" + raw, "kali.pza",
                DossierTestData.item("POLICE", "Afgeleide samenvatting"));
        assertThat(derived.status()).as(derived.body()).isEqualTo(403);
        assertThat(derived.json().path("reasons").toString()).contains("\"EMBARGO\"");
    }

    private java.util.List<String> names(String path) {
        return DossierAccessIntegrationTests.names(data.get(path, "kali.fgp").path("events"), "kind");
    }
}
