package be.stroomplan.deconfliction;

import static be.stroomplan.deconfliction.DeconflictionTestData.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import be.stroomplan.deconfliction.internal.MagistrateInbox;
import be.stroomplan.deconfliction.internal.TicketReminders;
import be.stroomplan.partners.PartnerDirectory;
import be.stroomplan.partners.Role;
import be.stroomplan.partners.internal.UserStore;
import be.stroomplan.support.ApplicationTest;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The magistrate’s side: only the dossier’s magistrate sees the request and decides; the decision
 * flows back to the requester (TicketView, TicketDecided) and to no one else; reminders by e-mail.
 */
@ApplicationTest
@RecordApplicationEvents
class MagistrateDecisionIntegrationTests {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(39025, "localhost", ServerSetup.PROTOCOL_SMTP));

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserStore users;
    @Autowired
    PartnerDirectory directory;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    MagistrateInbox inbox;
    @Autowired
    TicketReminders reminders;
    @Autowired
    ApplicationEvents events;

    DeconflictionTestData data;
    String dossier;
    String plate;
    String ticket;
    String request;

    @BeforeEach
    void setUp() {
        data = new DeconflictionTestData(port);
        dossier = data.dossier("magistraat", "Operatie Dok");
        plate = DeconflictionTestData.plate();
        data.subject(dossier, """
                {"type": "VEHICLE", "name": "Zwarte Audi", "identifiers": [{"type": "PLATE", "value": "%s"}]}""".formatted(plate));
        eventually(() -> data.status("inspectie", "PLATE", plate).equals("ON_HOLD"));
        var answer = data.json(data.check("coac", """
                {"purpose": "COAC_CONTROLE", "items": [{"type": "PLATE", "value": "%s"}],
                 "action": {"description": "Controle nachtwinkels", "from": "2026-12-05T18:00:00Z", "to": "2026-12-05T23:00:00Z",
                            "reference": "actie-42"}}""".formatted(plate.toLowerCase().replace("-", ""))), 200);
        ticket = answer.path("results").get(0).path("ticket").asString();
        request = jdbc.queryForObject("SELECT request_id FROM deconfliction_ticket WHERE id = ?", UUID.class, UUID.fromString(ticket))
                .toString();
    }

    @Test
    void theDossiersMagistrateSeesTheHitAndDecidesAndTheRequesterSeesOnlyTheDecision() {
        var list = data.json(data.http.get("/api/v1/deconfliction/requests?size=100&sort=newest", "magistraat", "demo"), 200);
        assertThat(list.path("lines").toString()).contains(request);
        var details = data.json(data.http.get("/api/v1/deconfliction/requests/" + request, "magistraat", "demo"), 200);
        assertThat(details.path("requester").asString()).isEqualTo("coac");
        assertThat(details.path("description").asString()).isEqualTo("Controle nachtwinkels");
        var hit = details.path("hits").get(0);
        assertThat(hit.path("dossierTitle").asString()).isEqualTo("Operatie Dok");
        assertThat(hit.path("subjectName").asString()).isEqualTo("Zwarte Audi");
        assertThat(hit.path("kind").asString()).isEqualTo("PLATE");
        assertThat(hit.path("ticket").asString()).isEqualTo(ticket);

        var pending = data.json(data.http.get("/api/v1/deconfliction/tickets/" + ticket, "coac", "demo"), 200);
        assertThat(pending.path("decision").isNull()).isTrue();

        String path = "/api/v1/deconfliction/tickets/" + ticket + "/decision";
        var missingConditions = data.http.post(path, "magistraat", "demo", DeconflictionTestData.JSON,
                "{\"decision\": \"GO_WITH_CONDITIONS\"}");
        assertThat(missingConditions.status()).isEqualTo(400);
        assertThat(missingConditions.body()).contains("conditions");
        assertThat(data.http.post(path, "magistraat", "demo", DeconflictionTestData.JSON, "{\"decision\": \"POSTPONE\"}").status())
                .isEqualTo(400);
        assertThat(data.http.post(path, "magistraat", "demo", DeconflictionTestData.JSON, "{\"decision\": \"MAYBE\"}").status())
                .isEqualTo(400);

        UUID id = UUID.fromString(ticket);
        inbox.decide(directory.profile("magistraat").orElseThrow(), id, "GO_WITH_CONDITIONS", "Niet voor 22 uur", null);
        assertThat(events.stream(TicketDecided.class).filter(e -> e.ticket().equals(id)))
                .singleElement().satisfies(e -> {
                    assertThat(e.requester()).isEqualTo("coac");
                    assertThat(e.reference()).isEqualTo("actie-42");
                    assertThat(e.decision()).isEqualTo(DeconflictionDecision.GO_WITH_CONDITIONS);
                    assertThat(e.conditions()).isEqualTo("Niet voor 22 uur");
                });
        assertThat(data.http.post(path, "magistraat", "demo", DeconflictionTestData.JSON, "{\"decision\": \"NO_GO\"}").status())
                .as("decided already").isEqualTo(409);

        var view = data.json(data.http.get("/api/v1/deconfliction/tickets/" + ticket, "coac", "demo"), 200);
        assertThat(view.path("decision").asString()).isEqualTo("GO_WITH_CONDITIONS");
        assertThat(view.path("conditions").asString()).isEqualTo("Niet voor 22 uur");
        assertThat(view.toString()).doesNotContain(dossier, "Operatie Dok", "Zwarte Audi", plate);
        Integer audited = jdbc.queryForObject("SELECT count(*) FROM audit_pending WHERE object_id = ? AND action = 'DECIDE'",
                Integer.class, ticket);
        Integer sealed = jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE object_id = ? AND action = 'DECIDE'",
                Integer.class, ticket);
        assertThat(audited + sealed).isEqualTo(1);
    }

    @Test
    void nobodyElseLearnsAnything() {
        for (String other : new String[] { "stad", "inspectie", "kali.fgp", "magistraat" }) {
            assertThat(data.http.get("/api/v1/deconfliction/tickets/" + ticket, other, "demo").status()).as(other).isEqualTo(404);
        }
        assertThat(data.http.get("/api/v1/deconfliction/tickets/" + UUID.randomUUID(), "coac", "demo").status()).isEqualTo(404);
        assertThat(data.http.get("/api/v1/deconfliction/tickets/not-a-uuid", "coac", "demo").status()).isEqualTo(404);
        for (String other : new String[] { "maho.coord", "coac", "kali.fgp", "dpo", "admin" }) {
            assertThat(data.http.get("/api/v1/deconfliction/requests", other, "demo").status()).as(other).isEqualTo(403);
            assertThat(data.http.get("/api/v1/deconfliction/requests/" + request, other, "demo").status()).as(other).isIn(403, 404);
            assertThat(data.http.post("/api/v1/deconfliction/tickets/" + ticket + "/decision", other, "demo", DeconflictionTestData.JSON,
                    "{\"decision\": \"GO\"}").status()).as(other).isIn(403, 404);
        }
        assertThat(data.http.get("/api/v1/deconfliction/requests/" + UUID.randomUUID(), "magistraat", "demo").status()).isEqualTo(404);
    }

    @Test
    void aMagistrateOfAnotherDossierDoesNotSeeTheRequest() {
        String username = "mag." + UUID.randomUUID().toString().substring(0, 8);
        var account = users.create(username, "Andere Magistraat", username + "@demo.stroomplan.invalid",
                directory.organisation("PARKET_ANTWERPEN").orElseThrow().id(), passwords.encode("demo"));
        UUID kali = directory.teams().stream().filter(t -> t.code().equals("KALI")).findFirst().orElseThrow().id();
        users.addMembership(account.id(), kali, Role.KALI_MAGISTRATE);
        data.dossier(username, "Operatie Elders");

        var list = data.json(data.http.get("/api/v1/deconfliction/requests?size=100", username, "demo"), 200);
        assertThat(list.toString()).doesNotContain(request);
        assertThat(data.http.get("/api/v1/deconfliction/requests/" + request, username, "demo").status()).isEqualTo(404);
        assertThat(data.http.post("/api/v1/deconfliction/tickets/" + ticket + "/decision", username, "demo",
                DeconflictionTestData.JSON, "{\"decision\": \"GO\"}").status()).isEqualTo(404);
        assertThat(data.json(data.http.get("/api/v1/deconfliction/tickets/" + ticket, "coac", "demo"), 200).path("decision").isNull())
                .isTrue();
    }

    @Test
    void aTicketThatWaitsTooLongRemindsTheMagistrateOnce() throws Exception {
        jdbc.update("UPDATE deconfliction_ticket SET requested_at = now() - interval '3 days' WHERE id = ?", UUID.fromString(ticket));
        int before = smtp.getReceivedMessages().length;
        assertThat(reminders.remind()).isGreaterThanOrEqualTo(1);
        assertThat(smtp.waitForIncomingEmail(5000, before + 1)).isTrue();
        var mail = smtp.getReceivedMessages()[smtp.getReceivedMessages().length - 1];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("magistraat@demo.stroomplan.invalid");
        assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(mail)).doesNotContain(plate, "Operatie Dok");
        assertThat(reminders.remind()).as("once per ticket").isZero();
    }
}
