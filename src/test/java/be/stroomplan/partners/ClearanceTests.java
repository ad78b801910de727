package be.stroomplan.partners;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** A clearance allows what is at or below its level, until its end date inclusive. */
class ClearanceTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Test
    void unclassifiedInformationNeedsNoClearance() {
        assertThat(Clearance.NONE.allows(Classification.NONE, TODAY)).isTrue();
        assertThat(Clearance.NONE.allows(Classification.BEPERKT, TODAY)).isFalse();
    }

    @Test
    void aClearanceAllowsItsLevelAndBelowButNotAbove() {
        Clearance confidential = new Clearance(Classification.VERTROUWELIJK, null);
        assertThat(confidential.allows(Classification.BEPERKT, TODAY)).isTrue();
        assertThat(confidential.allows(Classification.VERTROUWELIJK, TODAY)).isTrue();
        assertThat(confidential.allows(Classification.GEHEIM, TODAY)).isFalse();
        assertThat(confidential.allows(Classification.ZEER_GEHEIM, TODAY)).isFalse();
    }

    @Test
    void anExpiredClearanceCountsAsNoneFromTheDayAfterItsEnd() {
        Clearance secret = new Clearance(Classification.GEHEIM, TODAY);
        assertThat(secret.allows(Classification.GEHEIM, TODAY)).isTrue();
        assertThat(secret.allows(Classification.BEPERKT, TODAY.plusDays(1))).isFalse();
        assertThat(secret.allows(Classification.NONE, TODAY.plusDays(1))).isTrue();
        assertThat(secret.levelOn(TODAY.plusDays(1))).isEqualTo(Classification.NONE);
    }

    @Test
    void noClearanceHasNoEndDate() {
        assertThat(new Clearance(Classification.NONE, TODAY)).isEqualTo(Clearance.NONE);
    }
}
