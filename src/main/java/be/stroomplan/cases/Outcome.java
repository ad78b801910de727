package be.stroomplan.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The structured result of a case, for the impact dashboard: a closure ordered (from, to), a permit
 * refused or withdrawn, an integrity investigation opened, tax assessed and social fines in euro,
 * official reports (PV numbers), arrests and seizures.
 */
public record Outcome(LocalDate closureFrom, LocalDate closureTo, boolean permitRefused, boolean permitWithdrawn,
                      boolean integrityInvestigation, BigDecimal taxAssessed, BigDecimal socialFines,
                      List<String> officialReports, int arrests, String seizures) {

    public Outcome {
        officialReports = officialReports == null ? List.of() : List.copyOf(officialReports);
    }
}
