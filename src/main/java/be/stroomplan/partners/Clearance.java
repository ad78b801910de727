package be.stroomplan.partners;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A user's security clearance: the highest {@link Classification} the user may read, until a
 * date (inclusive; {@code null} for no end date). Unclassified information needs no clearance;
 * an expired clearance counts as none. No clearance has no end date.
 */
public record Clearance(Classification level, LocalDate validUntil) {

    public static final Clearance NONE = new Clearance(Classification.NONE, null);

    public Clearance {
        Objects.requireNonNull(level, "level");
        validUntil = level == Classification.NONE ? null : validUntil;
    }

    /** The level that counts on the given day: {@link Classification#NONE} once expired. */
    public Classification levelOn(LocalDate today) {
        return validUntil != null && today.isAfter(validUntil) ? Classification.NONE : level;
    }

    /** Whether this clearance allows reading information of the given classification today. */
    public boolean allows(Classification classification, LocalDate today) {
        return classification == Classification.NONE || levelOn(today).atLeast(classification);
    }
}
