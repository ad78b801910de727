package be.stroomplan.sharing;

import static be.stroomplan.sharing.SharingTestData.TODAY;
import static be.stroomplan.sharing.SharingTestData.codes;
import static be.stroomplan.sharing.SharingTestData.member;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import be.stroomplan.audit.AuditTrail;
import be.stroomplan.protocols.internal.Protocol;
import be.stroomplan.protocols.internal.ProtocolRegister;
import be.stroomplan.protocols.internal.ProtocolRegister.Move;
import be.stroomplan.support.ApplicationTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The policy decision point over real HTTP on the real database: one test per deny reason (status,
 * reason code, audit row with purpose and, where a protocol is involved, its version) and the
 * paths that succeed. The scene: a MAHO case opened by PZ Antwerpen (kali.pza) with the City
 * (stad) as member organisation, a purpose code of the test's own, and a PZ item in the case.
 */
@ApplicationTest
class SharingPolicyIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AuditTrail trail;
    @Autowired
    ProtocolRegister register;

    SharingTestData data;
    String purpose;
    String kase;
    String item;

    @BeforeEach
    void scene() {
        data = new SharingTestData(port, jdbc, trail);
        purpose = data.purpose();
        kase = data.compartment("kali.pza", "CASE", member("ORGANISATION", "STAD_ANTWERPEN", "MEMBER"));
        item = data.item("kali.pza", kase, "POLICE", "NONE", "H0");
    }

    @Test
    void theOwnerReads() {
        var read = data.read("kali.pza", item);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().path("access").path("path").asString()).isEqualTo("OWNER");
        assertThat(read.json().path("marking").asString()).isEqualTo("Beperkte Verspreiding");
        Map<String, Object> audit = data.lastAudit(item);
        assertThat(audit).containsEntry("action", "READ").containsEntry("outcome", "SUCCESS").containsEntry("purpose", kase)
                .containsEntry("legal_basis", "MAHO case " + kase);
    }

    @Test
    void anotherOrganisationInTheCaseIsRefused() {
        var read = data.read("stad", item);
        assertThat(read.status()).isEqualTo(403);
        assertThat(read.header("Content-Type")).startsWith("application/problem+json");
        assertThat(codes(read.json())).containsExactly("OTHER_ORGANISATION");
        assertThat(read.json().path("reasons").get(0).path("message").asString()).isNotBlank();
        assertThat(read.body()).doesNotContain("Vaststelling");
        Map<String, Object> audit = data.lastAudit(item);
        assertThat(audit).containsEntry("action", "DENIED").containsEntry("outcome", "DENIED").containsEntry("purpose", kase)
                .containsEntry("actor_user", "stad");
        assertThat((String) audit.get("details")).contains("OTHER_ORGANISATION");
    }

    @Test
    void theRecipientReadsAfterDisclosureUntilRevoked() {
        JsonNode protocol = data.protocol("PZ_ANTWERPEN", "STAD_ANTWERPEN", purpose, "POLICE");
        var disclosed = data.disclose("kali.pza", item, "STAD_ANTWERPEN", kase, purpose);
        assertThat(disclosed.status()).as(disclosed.body()).isEqualTo(201);
        JsonNode disclosure = disclosed.json();
        assertThat(disclosure.path("protocol").path("id").asString()).isEqualTo(protocol.path("id").asString());
        assertThat(disclosure.path("protocol").path("version").asInt()).isEqualTo(1);
        String reference = protocol.path("reference").asString();
        assertThat(disclosure.path("protocol").path("reference").asString()).isEqualTo(reference);
        assertThat(data.lastAudit(item)).containsEntry("action", "DISCLOSE").containsEntry("purpose", purpose)
                .containsEntry("legal_basis", reference + " v1").containsEntry("recipients", "{STAD_ANTWERPEN}");

        assertThat(data.disclose("kali.pza", item, "STAD_ANTWERPEN", kase, purpose).status()).isEqualTo(409);

        var read = data.read("stad", item);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().path("access").path("path").asString()).isEqualTo("DISCLOSURE");
        assertThat(read.json().path("disclosures").size()).isEqualTo(1);
        assertThat(data.lastAudit(item)).containsEntry("action", "READ").containsEntry("purpose", kase)
                .containsEntry("legal_basis", reference + " v1");

        var revoked = data.http.post("/api/v1/items/" + item + "/disclosures/" + disclosure.path("id").asString() + "/revoke",
                "kali.pza", "demo", "application/json", "{\"reason\": \"Niet langer nodig voor het overleg\"}");
        assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
        assertThat(revoked.json().path("revoked").asBoolean()).isTrue();

        var refused = data.read("stad", item);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(codes(refused.json())).containsExactly("DISCLOSURE_REVOKED");
        assertThat(refused.json().path("reasons").get(0).path("protocol").asString()).isEqualTo(reference);
        assertThat(data.lastAudit(item)).containsEntry("action", "DENIED").containsEntry("purpose", kase)
                .containsEntry("legal_basis", reference + " v1");
    }

    @Test
    void readsStopWhenTheProtocolIsSuspended() {
        JsonNode protocol = data.protocol("PZ_ANTWERPEN", "STAD_ANTWERPEN", purpose, "POLICE");
        assertThat(data.disclose("kali.pza", item, "STAD_ANTWERPEN", kase, purpose).status()).isEqualTo(201);
        assertThat(data.read("stad", item).status()).isEqualTo(200);

        assertThat(data.move(protocol.path("id").asString(), "suspend").status()).isEqualTo(200);
        var refused = data.read("stad", item);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(codes(refused.json())).containsExactly("PROTOCOL_ENDED");
        assertThat(data.lastAudit(item)).containsEntry("action", "DENIED")
                .containsEntry("legal_basis", protocol.path("reference").asString() + " v1").containsEntry("purpose", kase);

        assertThat(data.move(protocol.path("id").asString(), "reactivate").status()).isEqualTo(200);
        assertThat(data.read("stad", item).status()).isEqualTo(200);
    }

    @Test
    void noProtocolForTheRecipient() {
        String recipient = data.organisation("ONTV");
        addMember(recipient);
        var refused = data.disclose("kali.pza", item, recipient, kase, purpose);
        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(codes(refused.json())).containsExactly("NO_PROTOCOL");
        assertThat(data.lastAudit(item)).containsEntry("action", "DENIED").containsEntry("purpose", purpose)
                .containsEntry("recipients", "{" + recipient + "}");
    }

    @Test
    void anExpiredProtocolDoesNotCover() {
        String recipient = data.organisation("ONTV");
        addMember(recipient);
        JsonNode protocol = data.protocol("PZ_ANTWERPEN", recipient, purpose, "POLICE", LocalDate.of(2024, 1, 1),
                LocalDate.of(2025, 12, 31), false);
        LocalDate then = LocalDate.of(2024, 6, 1);
        register.move(UUID.fromString(protocol.path("id").asString()), Move.ACTIVATE, new Protocol.Actor("admin", "FGP_ANTWERPEN"),
                then.atStartOfDay(ProtocolRegister.ZONE).toInstant(), then);
        assertRefused(data.disclose("kali.pza", item, recipient, kase, purpose), "PROTOCOL_EXPIRED", protocol);
    }

    @Test
    void aSuspendedProtocolDoesNotCover() {
        String recipient = data.organisation("ONTV");
        addMember(recipient);
        JsonNode protocol = data.protocol("PZ_ANTWERPEN", recipient, purpose, "POLICE");
        assertThat(data.move(protocol.path("id").asString(), "suspend").status()).isEqualTo(200);
        assertRefused(data.disclose("kali.pza", item, recipient, kase, purpose), "PROTOCOL_SUSPENDED", protocol);
    }

    @Test
    void theCategoryIsNotCovered() {
        String recipient = data.organisation("ONTV");
        addMember(recipient);
        JsonNode protocol = data.protocol("PZ_ANTWERPEN", recipient, purpose, "SOCIAL");
        assertRefused(data.disclose("kali.pza", item, recipient, kase, purpose), "CATEGORY_NOT_COVERED", protocol);
    }

    @Test
    void thePurposeIsNotCovered() {
        String recipient = data.organisation("ONTV");
        addMember(recipient);
        String other = data.purpose();
        JsonNode protocol = data.protocol("PZ_ANTWERPEN", recipient, other, "POLICE");
        var refused = data.disclose("kali.pza", item, recipient, kase, purpose);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(codes(refused.json())).containsExactly("PURPOSE_NOT_COVERED");
        assertThat(data.lastAudit(item)).containsEntry("purpose", purpose)
                .containsEntry("legal_basis", protocol.path("reference").asString() + " v1");
    }

    @Test
    void theClearanceIsTooLowEvenInAJointDossier() {
        String dossier = data.compartment("kali.fgp", "DOSSIER", member("TEAM", "KALI", "MEMBER"));
        String secret = data.item("kali.fgp", dossier, "JUDICIAL", "GEHEIM", "H1");
        String confidential = data.item("kali.fgp", dossier, "JUDICIAL", "VERTROUWELIJK", "H1");

        var coMember = data.read("kali.pza", confidential); // PZ reads an FGP item: a joint team file
        assertThat(coMember.status()).as(coMember.body()).isEqualTo(200);
        assertThat(coMember.json().path("access").path("path").asString()).isEqualTo("JOINT_FILE");
        assertThat(data.lastAudit(confidential)).containsEntry("legal_basis", "KALI dossier " + dossier)
                .containsEntry("purpose", dossier);

        var refused = data.read("kali.pza", secret); // kali.pza is cleared up to VERTROUWELIJK
        assertThat(refused.status()).isEqualTo(403);
        assertThat(codes(refused.json())).containsExactly("CLEARANCE_TOO_LOW");
        assertThat(data.lastAudit(secret)).containsEntry("action", "DENIED").containsEntry("purpose", dossier)
                .containsEntry("legal_basis", "KALI dossier " + dossier);
        assertThat(data.read("kali.fgp", secret).status()).isEqualTo(200);
    }

    @Test
    void anH2ItemIsNotDisclosedOnwardByItsRecipient() {
        String restricted = data.item("kali.pza", kase, "POLICE", "NONE", "H2");
        data.protocol("PZ_ANTWERPEN", "STAD_ANTWERPEN", purpose, "POLICE");
        assertThat(data.disclose("kali.pza", restricted, "STAD_ANTWERPEN", kase, purpose).status()).isEqualTo(201);
        String third = data.organisation("DERDE");
        addMember(third);
        JsonNode onward = data.protocol("STAD_ANTWERPEN", third, purpose, "POLICE");

        var refused = data.disclose("stad", restricted, third, kase, purpose);
        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(codes(refused.json())).containsExactly("HANDLING_CODE");
        assertThat(data.lastAudit(restricted)).containsEntry("action", "DENIED").containsEntry("purpose", purpose)
                .containsEntry("legal_basis", onward.path("reference").asString() + " v1");

        String open = data.item("kali.pza", kase, "POLICE", "NONE", "H0"); // H0 may go onward under the City's protocol
        assertThat(data.disclose("kali.pza", open, "STAD_ANTWERPEN", kase, purpose).status()).isEqualTo(201);
        assertThat(data.disclose("stad", open, third, kase, purpose).status()).isEqualTo(201);
    }

    @Test
    void aGuessedIdIsNotFoundLikeAMissingOne() {
        var guessed = data.read("douane", item);
        var missing = data.read("douane", UUID.randomUUID().toString());
        assertThat(guessed.status()).isEqualTo(404);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(guessed.json().path("detail").asString()).isEqualTo(missing.json().path("detail").asString());
        assertThat(data.read("douane", "not-an-id").status()).isEqualTo(404);
        assertThat(data.read("dpo", item).status()).isEqualTo(404);
        assertThat(data.lastAudit(item)).containsEntry("action", "DENIED");
        assertThat(data.http.get("/api/v1/compartments/" + kase + "/items", "douane", "demo").status()).isEqualTo(404);
    }

    @Test
    void aReadNeedsACompartmentOrAWrittenJustification() {
        var shortPurpose = data.http.get("/api/v1/items/" + item + "?purpose=nieuwsgierig", "kali.pza", "demo");
        assertThat(shortPurpose.status()).isEqualTo(403);
        assertThat(codes(shortPurpose.json())).containsExactly("PURPOSE_REQUIRED");

        String justification = "Voorbereiding van het casusoverleg van maandag";
        var justified = data.http.get("/api/v1/items/" + item + "?purpose=" + justification.replace(" ", "%20"), "kali.pza", "demo");
        assertThat(justified.status()).isEqualTo(200);
        assertThat(justified.json().path("access").path("justification").asBoolean()).isTrue();
        assertThat(data.lastAudit(item)).containsEntry("purpose", "Justification: " + justification);

        assertThat(data.http.get("/api/v1/items/" + item + "?purpose=" + kase, "kali.pza", "demo").status()).isEqualTo(200);
        assertThat(data.lastAudit(item)).containsEntry("purpose", kase);

        // the id of a compartment the user does not work in is no purpose, although it is 36 characters long
        String elsewhere = UUID.randomUUID().toString();
        var foreign = data.http.get("/api/v1/items/" + item + "?purpose=" + elsewhere, "kali.pza", "demo");
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(codes(foreign.json())).containsExactly("PURPOSE_REQUIRED");
        var foreignListing = data.http.get("/api/v1/compartments/" + kase + "/items?purpose=" + elsewhere, "kali.pza", "demo");
        assertThat(foreignListing.status()).isEqualTo(403);
        assertThat(codes(foreignListing.json())).containsExactly("PURPOSE_REQUIRED");
    }

    @Test
    void administratorsAndTheDpoDoNotReadContent() {
        var refused = data.http.post("/api/v1/compartments", "admin", "demo", "application/json",
                "{\"kind\": \"CASE\", \"title\": \"Beheer\"}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(codes(refused.json())).containsExactly("ROLE_NOT_ALLOWED");
    }

    @Test
    void theWhyEndpointListsEveryProtocolOfTheProvider() {
        String recipient = data.organisation("ONTV");
        addMember(recipient);
        JsonNode protocol = data.protocol("PZ_ANTWERPEN", recipient, purpose, "SOCIAL");
        var why = data.http.get("/api/v1/items/" + item + "/decision?action=DISCLOSE&recipient=" + recipient + "&compartment="
                + kase + "&purpose=" + purpose, "kali.pza", "demo");
        assertThat(why.status()).as(why.body()).isEqualTo(200);
        JsonNode body = why.json();
        assertThat(body.path("permitted").asBoolean()).isFalse();
        assertThat(codes(body)).containsExactly("CATEGORY_NOT_COVERED");
        assertThat(body.toString()).doesNotContain("Vaststelling");
        boolean listed = false;
        for (JsonNode p : body.path("protocols")) {
            listed |= p.path("id").asString().equals(protocol.path("id").asString()) && !p.path("covers").asBoolean();
        }
        assertThat(listed).isTrue();

        var read = data.http.get("/api/v1/items/" + item + "/decision", "stad", "demo");
        assertThat(read.status()).isEqualTo(200);
        assertThat(codes(read.json())).containsExactly("OTHER_ORGANISATION");
    }

    private void addMember(String organisation) {
        var added = data.http.post("/api/v1/compartments/" + kase + "/members", "kali.pza", "demo", "application/json",
                member("ORGANISATION", organisation, "MEMBER"));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
    }

    private void assertRefused(be.stroomplan.support.Http.Response refused, String code, JsonNode protocol) {
        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(codes(refused.json())).containsExactly(code);
        String reference = protocol.path("reference").asString();
        assertThat(refused.json().path("reasons").get(0).path("protocol").asString()).isEqualTo(reference);
        assertThat(data.lastAudit(item)).containsEntry("action", "DENIED").containsEntry("outcome", "DENIED")
                .containsEntry("purpose", purpose).containsEntry("legal_basis", reference + " v1");
    }
}
