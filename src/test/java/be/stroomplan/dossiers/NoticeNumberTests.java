package be.stroomplan.dossiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The notice number format and the status lifecycle of the aggregate, without Spring. */
class NoticeNumberTests {

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "AN.12.L1.012345/24, null",
            "AN.12.L.012345/24, null",
            "AN.12.LAB.012345/24, null",
            "null, dossiers.error.required",
            "'  ', dossiers.error.required",
            "AN.12.L1.012345, dossiers.error.notice.year",
            "AN.12.L1.012345/2024, dossiers.error.notice.year",
            "AN.12.L1.012345/24/1, dossiers.error.notice.year",
            "AN.12.012345/24, dossiers.error.notice.parts",
            "AN.12.L1.01.012345/24, dossiers.error.notice.parts",
            "A1.12.L1.012345/24, dossiers.error.notice.arrondissement",
            "AN.1.L1.012345/24, dossiers.error.notice.code",
            "AN.12.1L.012345/24, dossiers.error.notice.service",
            "AN.12.L123.012345/24, dossiers.error.notice.service",
            "AN.12.L1.12345/24, dossiers.error.notice.sequence",
            "AN.12.L1.01234X/24, dossiers.error.notice.sequence" })
    void eachFailureHasItsOwnMessage(String number, String problem) {
        assertThat(NoticeNumber.problem(NoticeNumber.normalise(number))).isEqualTo(problem);
    }

    @Test
    void inputIsTrimmedAndUpperCasedButNothingElseIsGuessed() {
        assertThat(NoticeNumber.of("  an.12.l1.012345/24 ").value()).isEqualTo("AN.12.L1.012345/24");
        assertThatThrownBy(() -> NoticeNumber.of("AN 12 L1 012345/24")).isInstanceOf(IllegalArgumentException.class);
    }

    private static Dossier dossier(DossierStatus status) {
        Instant now = Instant.parse("2026-11-28T10:00:00Z");
        return new Dossier(UUID.randomUUID(), NoticeNumber.of("AN.12.L1.012345/24"), "T", status, "magistraat", "kali.fgp", null,
                null, false, "FGP_ANTWERPEN", "kali.fgp", now, now, 1);
    }

    @ParameterizedTest
    @CsvSource({
            "OPEN, JUDICIAL_INVESTIGATION, true", "OPEN, CLOSED_DISMISSED, true", "OPEN, REFERRED_TO_COURT, true",
            "OPEN, JOINED, true", "OPEN, OPEN, false",
            "JUDICIAL_INVESTIGATION, CLOSED_DISMISSED, true", "JUDICIAL_INVESTIGATION, REFERRED_TO_COURT, true",
            "JUDICIAL_INVESTIGATION, JOINED, true", "JUDICIAL_INVESTIGATION, OPEN, false",
            "JUDICIAL_INVESTIGATION, JUDICIAL_INVESTIGATION, false" })
    void theLifecycleTable(DossierStatus from, DossierStatus to, boolean legal) {
        Dossier d = dossier(from);
        if (legal) {
            Dossier after = d.moveTo(to, "Onderzoeksrechter Peeters", UUID.randomUUID(), Instant.now());
            assertThat(after.status()).isEqualTo(to);
            assertThat(after.version()).isEqualTo(2);
            assertThat(after.joinedInto() != null).isEqualTo(to == DossierStatus.JOINED);
        } else {
            assertThatThrownBy(() -> d.moveTo(to, "Onderzoeksrechter Peeters", UUID.randomUUID(), Instant.now()))
                    .isInstanceOf(DossierConflict.class);
        }
    }

    @ParameterizedTest
    @EnumSource(value = DossierStatus.class, names = { "CLOSED_DISMISSED", "REFERRED_TO_COURT", "JOINED" })
    void theClosingStatesAreFinal(DossierStatus closed) {
        assertThat(closed.next()).isEmpty();
        for (DossierStatus to : DossierStatus.values()) {
            assertThatThrownBy(() -> dossier(closed).moveTo(to, "X", UUID.randomUUID(), Instant.now()))
                    .isInstanceOf(DossierConflict.class);
        }
    }

    @Test
    void aJudicialInvestigationNeedsAJudgeAndJoiningNeedsAnotherDossier() {
        assertThatThrownBy(() -> dossier(DossierStatus.OPEN).moveTo(DossierStatus.JUDICIAL_INVESTIGATION, " ", null, Instant.now()))
                .isInstanceOf(InvalidDossierInput.class);
        Dossier open = dossier(DossierStatus.OPEN);
        assertThatThrownBy(() -> open.moveTo(DossierStatus.JOINED, null, null, Instant.now())).isInstanceOf(InvalidDossierInput.class);
        assertThatThrownBy(() -> open.moveTo(DossierStatus.JOINED, null, open.id(), Instant.now()))
                .isInstanceOf(InvalidDossierInput.class);
    }
}
