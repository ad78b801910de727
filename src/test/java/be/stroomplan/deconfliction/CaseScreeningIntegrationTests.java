package be.stroomplan.deconfliction;

import static org.assertj.core.api.Assertions.assertThat;

import be.stroomplan.support.ApplicationTest;
import be.stroomplan.support.Http;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A MAHO case's screening, end to end: the cases module hands its subjects' identifiers to the
 * deconfliction check; a subject of an open KALI dossier puts the screening on hold with a ticket
 * for the dossier's magistrate, and the case shows nothing of the dossier.
 */
@ApplicationTest
class CaseScreeningIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void aCaseAboutASubjectOfAnOpenDossierIsOnHoldWithoutNamingTheDossier() {
        DeconflictionTestData data = new DeconflictionTestData(port);
        String held = DeconflictionTestData.enterpriseNumber();
        String title = "Operatie Screening " + System.nanoTime();
        String dossier = data.dossier("magistraat", title);
        data.subject(dossier, """
                {"type": "COMPANY", "name": "Nachtwinkel Zuid BV", "identifiers": [{"type": "ENTERPRISE_NUMBER", "value": "%s"}]}"""
                .formatted(held));
        DeconflictionTestData.eventually(() -> data.status("coac", "ENTERPRISE_NUMBER", held).equals("ON_HOLD"));

        String onHold = screened(data.http, held);
        String kase = data.http.get("/api/v1/cases/" + onHold, "maho.coord", "demo").body();
        assertThat(data.http.get("/api/v1/cases/" + onHold, "maho.coord", "demo").json().path("screening").asString())
                .startsWith("ON_HOLD: ");
        assertThat(kase).doesNotContain(dossier).doesNotContain(title);
        String free = screened(data.http, DeconflictionTestData.enterpriseNumber());
        assertThat(data.http.get("/api/v1/cases/" + free, "maho.coord", "demo").json().path("screening").asString())
                .startsWith("CLEAR: ");

        Http.Response inbox = data.http.get("/api/v1/deconfliction/requests?size=100&sort=newest", "magistraat", "demo");
        assertThat(inbox.status()).isEqualTo(200);
        boolean seen = false;
        for (var line : inbox.json().path("lines")) {
            if (line.path("requester").asString().equals("maho.coord")) {
                seen |= data.http.get("/api/v1/deconfliction/requests/" + line.path("request").asString(), "magistraat", "demo").body()
                        .contains(title);
            }
        }
        assertThat(seen).as("the magistrate sees the hit dossier in the screening's request").isTrue();
    }

    /** Submits a case about a company with this enterprise number and moves it to SCREENING; returns the case id. */
    private String screened(Http http, String enterpriseNumber) {
        Http.Response created = http.post("/api/v1/cases", "maho.coord", "demo", DeconflictionTestData.JSON, """
                {"title": "Screening %s", "signal": "Melding van de wijkagent", "urgency": "NORMAL",
                 "subjects": [{"type": "COMPANY", "name": "Nachtwinkel Zuid BV",
                               "identifiers": [{"type": "ENTERPRISE_NUMBER", "value": "%s"}]}],
                 "participants": ["STAD_ANTWERPEN"]}""".formatted(enterpriseNumber, enterpriseNumber));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String caseOf = created.json().path("id").asString();
        http.post("/api/v1/cases/" + caseOf + "/acknowledgements", "maho.coord", "demo", DeconflictionTestData.JSON, "");
        Http.Response moved = http.post("/api/v1/cases/" + caseOf + "/transitions", "maho.coord", "demo", DeconflictionTestData.JSON,
                "{\"to\": \"SCREENING\", \"reason\": \"Ontvankelijk, naar screening\"}");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        return caseOf;
    }
}
