package be.stroomplan.controls;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Figures for the impact dashboard over actions that start in [from, to] (Brussels dates): actions
 * executed (EXECUTED or REPORTED), targets checked, the share of those put on hold, and the totals
 * of the results.
 */
public record ControlFigures(LocalDate from, LocalDate to, long actionsExecuted, long targetsChecked, long targetsOnHold,
                             double shareOnHold, long violations, long officialReports, long closures, long arrests,
                             BigDecimal fines, BigDecimal seizureValue) {
}
