package be.stroomplan.controls;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What one service found at one target: findings, official reports (PV numbers), violations,
 * a closure (until a date), a seizure (kind with quantity or value in euro), arrests and fines.
 */
public record ControlResult(UUID id, UUID actionId, UUID targetId, String organisation, String findings,
                            List<String> officialReports, int violations, String violationKind, LocalDate closureUntil,
                            String seizureKind, BigDecimal seizureQuantity, BigDecimal seizureValue, int arrests,
                            BigDecimal fines, String enteredBy, Instant enteredAt) {

    public ControlResult {
        officialReports = officialReports == null ? List.of() : List.copyOf(officialReports);
        fines = fines == null ? BigDecimal.ZERO : fines;
    }
}
