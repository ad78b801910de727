package be.stroomplan.deconfliction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import be.stroomplan.partners.PartnerDirectory;
import be.stroomplan.partners.UserProfile;
import be.stroomplan.support.ApplicationTest;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Planned operations: overlapping windows with a common target clash, others do not; each side sees
 * its own reference and whom to call, never the other side’s reference or targets.
 */
@ApplicationTest
class OperationalDeconflictionIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    Deconfliction deconfliction;
    @Autowired
    PartnerDirectory directory;

    @Test
    void aCoacActionAndAPoliceOperationOnTheSameTargetInOverlappingWindowsClash() {
        DeconflictionTestData data = new DeconflictionTestData(port);
        UserProfile coac = directory.profile("coac").orElseThrow();
        String plate = DeconflictionTestData.plate();
        UUID action = UUID.randomUUID();
        List<OperationClash> none = deconfliction.registerOperation(coac, new PlannedOperation(action, OperationKind.COAC_ACTION,
                "coac", Instant.parse("2027-03-01T18:00:00Z"), Instant.parse("2027-03-01T23:00:00Z"),
                List.of(CheckItem.of("PLATE", plate), CheckItem.of("ADDRESS", "Kerkstraat 14, 2060 Antwerpen"))));
        assertThat(none).isEmpty();

        String dossier = data.dossier("magistraat", "Operatie Nacht");
        var later = data.http.post("/api/v1/deconfliction/operations", "kali.fgp", "demo", DeconflictionTestData.JSON, """
                {"dossier": "%s", "from": "2027-03-02T01:00:00Z", "to": "2027-03-02T05:00:00Z",
                 "targets": [{"type": "PLATE", "value": "%s"}]}""".formatted(dossier, plate));
        assertThat(data.json(later, 201).path("clashes").size()).as("windows do not overlap").isZero();
        var otherTarget = data.http.post("/api/v1/deconfliction/operations", "kali.fgp", "demo", DeconflictionTestData.JSON, """
                {"dossier": "%s", "from": "2027-03-01T20:00:00Z", "to": "2027-03-02T02:00:00Z",
                 "targets": [{"type": "PLATE", "value": "%s"}]}""".formatted(dossier, DeconflictionTestData.plate()));
        assertThat(data.json(otherTarget, 201).path("clashes").size()).as("no common target").isZero();

        var police = data.json(data.http.post("/api/v1/deconfliction/operations", "kali.fgp", "demo", DeconflictionTestData.JSON, """
                {"dossier": "%s", "from": "2027-03-01T22:00:00Z", "to": "2027-03-02T03:00:00Z",
                 "targets": [{"type": "ADDRESS", "value": "Kerkstraat 14 , 2060 ANTWERPEN"}]}""".formatted(dossier)), 201);
        String policeReference = police.path("id").asString();
        var clash = police.path("clashes").get(0);
        assertThat(police.path("clashes").size()).isEqualTo(1);
        assertThat(clash.path("reference").asString()).isEqualTo(policeReference);
        assertThat(clash.path("otherKind").asString()).isEqualTo("COAC_ACTION");
        assertThat(clash.path("otherCoordinator").asString()).contains("coac@demo.stroomplan.invalid");
        assertThat(clash.path("overlapFrom").asString()).startsWith("2027-03-01T22:00");
        assertThat(clash.path("overlapTo").asString()).startsWith("2027-03-01T23:00");
        assertThat(police.toString()).doesNotContain(action.toString());

        List<OperationClash> coacSide = deconfliction.clashes(coac, action);
        assertThat(coacSide).singleElement().satisfies(c -> {
            assertThat(c.reference()).isEqualTo(action);
            assertThat(c.otherKind()).isEqualTo(OperationKind.POLICE_OPERATION);
            assertThat(c.otherCoordinator()).contains("kali.fgp@demo.stroomplan.invalid");
        });
        assertThat(coacSide.toString()).doesNotContain(policeReference);
        var list = data.json(data.http.get("/api/v1/deconfliction/clashes", "coac", "demo"), 200);
        assertThat(list.toString()).contains(action.toString()).doesNotContain(policeReference);
        assertThat(deconfliction.clashes(directory.profile("kali.fgp").orElseThrow(), action)).isEmpty();

        deconfliction.withdrawOperation(action);
        assertThat(deconfliction.clashes(coac, action)).isEmpty();
        assertThat(data.json(data.http.get("/api/v1/deconfliction/clashes", "kali.fgp", "demo"), 200).toString())
                .doesNotContain(policeReference);
    }

    @Test
    void aPoliceOperationNeedsAReadableDossierAndAnInvestigator() {
        DeconflictionTestData data = new DeconflictionTestData(port);
        String body = """
                {"dossier": "%s", "from": "2027-03-01T22:00:00Z", "to": "2027-03-02T03:00:00Z",
                 "targets": [{"type": "PLATE", "value": "1-ABC-123"}]}""";
        assertThat(data.http.post("/api/v1/deconfliction/operations", "kali.fgp", "demo", DeconflictionTestData.JSON,
                body.formatted(UUID.randomUUID())).status()).isEqualTo(404);
        assertThat(data.http.post("/api/v1/deconfliction/operations", "coac", "demo", DeconflictionTestData.JSON,
                body.formatted(UUID.randomUUID())).status()).isEqualTo(403);
        String dossier = data.dossier("magistraat", "Operatie Gesloten Deur");
        var invalid = data.http.post("/api/v1/deconfliction/operations", "kali.fgp", "demo", DeconflictionTestData.JSON, """
                {"dossier": "%s", "from": "2027-03-02T03:00:00Z", "to": "2027-03-01T22:00:00Z",
                 "targets": [{"type": "PLATE", "value": "1-ABC-123"}]}""".formatted(dossier));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body()).contains("\"to\"");
    }
}
