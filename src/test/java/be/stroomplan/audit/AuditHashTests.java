package be.stroomplan.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import be.stroomplan.audit.internal.AuditEntry;
import be.stroomplan.audit.internal.AuditHash;

class AuditHashTests {

    private static final Instant AT = Instant.parse("2026-11-28T10:15:30.123456Z");

    private static AuditEntry entry(long sequence, String user, String organisation, String details,
            List<String> recipients) {
        return new AuditEntry(sequence, AT, user, organisation, "READ", "SUBJECT", "42", "dossier-1", "KALI_ONDERZOEK",
                null, recipients, "SUCCESS", null, details, null, null);
    }

    @Test
    void isLowerCaseHexSha256AndStable() {
        String hash = AuditHash.compute(AuditHash.GENESIS, entry(1, "kali.fgp", "FGP_ANTWERPEN", null, null));
        assertThat(hash).matches("[0-9a-f]{64}");
        assertThat(AuditHash.compute(AuditHash.GENESIS, entry(1, "kali.fgp", "FGP_ANTWERPEN", null, null)))
                .isEqualTo(hash);
    }

    @Test
    void dependsOnThePreviousHashAndTheSequence() {
        AuditEntry row = entry(1, "kali.fgp", "FGP_ANTWERPEN", null, null);
        assertThat(AuditHash.compute(AuditHash.GENESIS, row))
                .isNotEqualTo(AuditHash.compute("f".repeat(64), row))
                .isNotEqualTo(AuditHash.compute(AuditHash.GENESIS, entry(2, "kali.fgp", "FGP_ANTWERPEN", null, null)));
    }

    @Test
    void fieldBoundariesAreUnambiguous() {
        // the same characters split differently over two adjacent fields
        assertThat(AuditHash.compute(AuditHash.GENESIS, entry(1, "ab", "c", null, null)))
                .isNotEqualTo(AuditHash.compute(AuditHash.GENESIS, entry(1, "a", "bc", null, null)));
        assertThat(AuditHash.compute(AuditHash.GENESIS, entry(1, "u", null, null, List.of("a,b"))))
                .isNotEqualTo(AuditHash.compute(AuditHash.GENESIS, entry(1, "u", null, null, List.of("a", "b"))));
    }

    @Test
    void nullDiffersFromEmpty() {
        assertThat(AuditHash.compute(AuditHash.GENESIS, entry(1, "u", null, null, null)))
                .isNotEqualTo(AuditHash.compute(AuditHash.GENESIS, entry(1, "u", "", null, null)))
                .isNotEqualTo(AuditHash.compute(AuditHash.GENESIS, entry(1, "u", null, "", null)))
                .isNotEqualTo(AuditHash.compute(AuditHash.GENESIS, entry(1, "u", null, null, List.of())));
    }

    @Test
    void timeCountsToTheMicrosecond() {
        AuditEntry row = entry(1, "u", null, null, null);
        AuditEntry later = new AuditEntry(1, AT.plusNanos(1_000), "u", null, "READ", "SUBJECT", "42", "dossier-1",
                "KALI_ONDERZOEK", null, null, "SUCCESS", null, null, null, null);
        assertThat(AuditHash.compute(AuditHash.GENESIS, row)).isNotEqualTo(AuditHash.compute(AuditHash.GENESIS, later));
    }
}
