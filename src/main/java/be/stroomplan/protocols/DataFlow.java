package be.stroomplan.protocols;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A flow of data to assess: from the providing organisation to the receiving one, of one
 * category, for one purpose, on one date (all codes as in DESIGN.md §5).
 */
public record DataFlow(String provider, String recipient, DataCategory category, String purpose, LocalDate date) {

    public DataFlow {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(date, "date");
    }
}
