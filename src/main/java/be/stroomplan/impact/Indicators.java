package be.stroomplan.impact;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * The indicators of one period: aggregates only (counts, sums, means), never a person. {@code scope}
 * is USER (over what the user may see) or ORGANISATION (the project lead, the public page).
 * {@code timingsMs} gives the time each indicator query took.
 */
public record Indicators(LocalDate from, LocalDate to, String partner, String scope, Cases cases, Decisions decisions,
                         Outcomes outcomes, Seizures seizures, LeadTimes leadTimes, long overdueActions,
                         Map<String, Long> districts, ControlIndicators controls, Map<String, Double> timingsMs) {

    /** MAHO cases submitted in the period: total, by status and by month; KALI dossiers opened, by status. */
    public record Cases(long submitted, Map<String, Long> byStatus, Map<String, Long> byMonth, long dossiersOpened,
                        Map<String, Long> dossiersByStatus) {
    }

    /** Cases decided in the period by track, interventions by type. */
    public record Decisions(Map<String, Long> byTrack, Map<String, Long> byIntervention) {
    }

    /** Outcomes of cases recorded in the period, with official reports and arrests of cases and dossiers. */
    public record Outcomes(long closures, long closureDays, long permitsRefused, long permitsWithdrawn,
                           long integrityInvestigations, BigDecimal taxAssessed, BigDecimal socialFines,
                           long officialReportsCases, long officialReportsDossiers, long arrestsCases, long arrestsDossiers) {
    }

    /** Seizures in dossiers in the period: kg per drug, cash in euro, vehicles, real estate. */
    public record Seizures(Map<String, BigDecimal> drugsKg, BigDecimal cashEur, long vehicles, long realEstate,
                           long weapons, BigDecimal cryptoEur) {
    }

    /** Cases decided in the period; mean days intake → decision and decision → execution (null: none). */
    public record LeadTimes(long decided, long executed, Double intakeToDecisionDays, Double decisionToExecutionDays) {
    }
}
