package be.stroomplan.protocols;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import be.stroomplan.protocols.internal.ProtocolRegister;
import be.stroomplan.protocols.internal.ProtocolRegister.Move;
import be.stroomplan.protocols.internal.Protocol;
import be.stroomplan.support.ApplicationTest;
import be.stroomplan.support.Http;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * {@link ProtocolCoverage#assess} against real protocols: what covers a flow, and every reason why
 * not; and the lifecycle events (recorded on the test thread, hence some moves through the register).
 */
@ApplicationTest
@RecordApplicationEvents
class ProtocolCoverageIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    ProtocolCoverage coverage;
    @Autowired
    ProtocolRegister register;
    @Autowired
    ApplicationEvents events;

    ProtocolTestData data;
    String provider;
    String recipient;

    @BeforeEach
    void parties() {
        data = new ProtocolTestData(new Http(port));
        provider = data.organisation("PROV");
        recipient = data.organisation("RECP");
    }

    DataFlow flow(String to, DataCategory category, String purpose, String date) {
        return new DataFlow(provider, to, category, purpose, LocalDate.parse(date));
    }

    String protocol(String from, String to) {
        return ProtocolTestData.body("Dekking " + provider, provider, recipient, "MAHO_CASUSOVERLEG", "POLICE", from, to);
    }

    @Test
    void anActiveProtocolCoversItsFlowBetweenItsValidityDatesInclusive() {
        String id = data.create(protocol("2026-01-01", "2027-12-31"));
        register.move(UUID.fromString(id), Move.ACTIVATE); // on this thread, so that the event is recorded
        ProtocolAssessment onFirstDay = coverage.assess(flow(recipient, DataCategory.POLICE, "MAHO_CASUSOVERLEG", "2026-01-01"));
        assertThat(onFirstDay.covered()).isTrue();
        CoveringProtocol covering = onFirstDay.covering().get(0);
        assertThat(covering.protocolId()).isEqualTo(id);
        assertThat(covering.version()).isEqualTo(1);
        assertThat(covering.versionId()).isNotBlank();
        assertThat(covering.reference()).startsWith("PROT-");
        assertThat(covering.legalBasis()).isEqualTo("Art. 20 wet van 30 juli 2018");
        assertThat(covering.validTo()).isEqualTo(LocalDate.of(2027, 12, 31));
        assertThat(onFirstDay.misses()).isEmpty();
        assertThat(coverage.assess(flow(recipient, DataCategory.POLICE, "MAHO_CASUSOVERLEG", "2027-12-31")).covered()).isTrue();

        assertThat(reasons(flow(recipient, DataCategory.POLICE, "MAHO_CASUSOVERLEG", "2025-12-31"))).containsExactly(MissReason.NOT_YET_VALID);
        assertThat(reasons(flow(recipient, DataCategory.POLICE, "MAHO_CASUSOVERLEG", "2028-01-01"))).containsExactly(MissReason.EXPIRED);
        assertThat(events.stream(ProtocolActivated.class)).anyMatch(e -> e.protocolId().equals(id) && e.version() == 1);
    }

    @Test
    void theWrongRecipientCategoryOrPurposeIsNamed() {
        data.createActive(protocol("2026-01-01", "2027-12-31"));
        String other = data.organisation("OTHER");
        assertThat(reasons(flow(other, DataCategory.POLICE, "MAHO_CASUSOVERLEG", "2026-06-01"))).containsExactly(MissReason.RECIPIENT_NOT_COVERED);
        assertThat(reasons(flow(recipient, DataCategory.FISCAL, "MAHO_CASUSOVERLEG", "2026-06-01"))).containsExactly(MissReason.CATEGORY_NOT_COVERED);
        assertThat(reasons(flow(recipient, DataCategory.POLICE, "COAC_CONTROLE", "2026-06-01"))).containsExactly(MissReason.PURPOSE_NOT_COVERED);
        assertThat(reasons(flow(other, DataCategory.SOCIAL, "KALI_ONDERZOEK", "2026-06-01"))).containsExactly(
                MissReason.RECIPIENT_NOT_COVERED, MissReason.CATEGORY_NOT_COVERED, MissReason.PURPOSE_NOT_COVERED);
    }

    @Test
    void draftsSuspendedAndTerminatedProtocolsDoNotCover() {
        String id = data.create(protocol("2026-01-01", "2027-12-31"));
        DataFlow flow = flow(recipient, DataCategory.POLICE, "MAHO_CASUSOVERLEG", "2026-06-01");
        assertThat(reasons(flow)).containsExactly(MissReason.NOT_ACTIVE);
        data.move(id, "activate");
        register.move(UUID.fromString(id), Move.SUSPEND);
        assertThat(reasons(flow)).containsExactly(MissReason.SUSPENDED);
        assertThat(events.stream(ProtocolSuspended.class)).anyMatch(e -> e.protocolId().equals(id));
        register.move(UUID.fromString(id), Move.TERMINATE);
        assertThat(reasons(flow)).containsExactly(MissReason.TERMINATED);
        assertThat(events.stream(ProtocolTerminated.class)).anyMatch(e -> e.protocolId().equals(id));
    }

    @Test
    void aProtocolWhoseValidityEndedHasExpiredBeforeAndAfterTheJobMarksIt() {
        LocalDate then = LocalDate.of(2024, 6, 1);
        String id = data.create(protocol("2024-01-01", "2025-12-31"));
        register.move(UUID.fromString(id), Move.ACTIVATE, new Protocol.Actor("admin", "FGP_ANTWERPEN"),
                then.atStartOfDay(ProtocolRegister.ZONE).toInstant(), then);
        DataFlow flow = flow(recipient, DataCategory.POLICE, "MAHO_CASUSOVERLEG", register.today().toString());
        assertThat(reasons(flow)).containsExactly(MissReason.EXPIRED);
        assertThat(coverage.assess(flow(recipient, DataCategory.POLICE, "MAHO_CASUSOVERLEG", "2025-12-31")).covered()).isTrue();

        register.expireDue(register.today());
        assertThat(reasons(flow)).containsExactly(MissReason.EXPIRED);
        assertThat(events.stream(ProtocolExpired.class)).anyMatch(e -> e.protocolId().equals(id) && e.version() == 1);
        assertThat(register.expireDue(register.today())).isZero();
    }

    @Test
    void theNewestActiveVersionCoversAndTheOldOneStaysAddressable() {
        String id = data.createActive(protocol("2026-01-01", "2027-12-31"));
        String v1 = coverage.assess(flow(recipient, DataCategory.POLICE, "MAHO_CASUSOVERLEG", "2026-06-01")).covering().get(0).versionId();
        assertThat(data.move(id, "amend").status()).isEqualTo(201);
        // while the amendment is a draft, version 1 still covers
        assertThat(coverage.assess(flow(recipient, DataCategory.POLICE, "MAHO_CASUSOVERLEG", "2026-06-01")).covering())
                .singleElement().satisfies(c -> assertThat(c.version()).isEqualTo(1));

        String widened = ProtocolTestData.body("Dekking " + provider, provider, recipient, "MAHO_CASUSOVERLEG", "SOCIAL",
                "2026-01-01", "2028-12-31").replace("[\"SOCIAL\"]", "[\"POLICE\", \"SOCIAL\"]");
        Http http = new Http(port);
        assertThat(http.put("/api/v1/protocols/" + id, "admin", "demo", "application/json", widened).status()).isEqualTo(200);
        data.move(id, "activate");

        ProtocolAssessment social = coverage.assess(flow(recipient, DataCategory.SOCIAL, "MAHO_CASUSOVERLEG", "2028-06-01"));
        assertThat(social.covering()).singleElement().satisfies(c -> {
            assertThat(c.version()).isEqualTo(2);
            assertThat(c.versionId()).isNotEqualTo(v1);
        });
        var old = http.get("/api/v1/protocols/" + id + "/versions/1", "admin", "demo").json();
        assertThat(old.path("versionId").asString()).isEqualTo(v1);
        assertThat(old.path("status").asString()).isEqualTo("SUPERSEDED");
    }

    @Test
    void anOrganisationWithoutProtocolsHasNothingToCoverOrMiss() {
        ProtocolAssessment assessment = coverage.assess(flow(recipient, DataCategory.POLICE, "MAHO_CASUSOVERLEG", "2026-06-01"));
        assertThat(assessment.covered()).isFalse();
        assertThat(assessment.misses()).isEmpty();
    }

    private java.util.List<MissReason> reasons(DataFlow flow) {
        ProtocolAssessment assessment = coverage.assess(flow);
        assertThat(assessment.covered()).as("covered").isFalse();
        assertThat(assessment.misses()).hasSize(1);
        return assessment.misses().get(0).reasons();
    }
}
