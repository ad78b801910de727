package be.stroomplan.impact;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The indicators as one flat table of rows (indicator, value), the shape of every export. A row
 * marked {@code count} is a number of cases, dossiers, decisions or events: the figures that
 * statistical disclosure control suppresses under {@link Disclosure#THRESHOLD} in public. The other
 * rows (amounts, kilograms, mean days) are never published.
 */
public final class FigureTable {

    /** One row: a stable indicator key, its value as text, and whether it is a count. */
    public record Row(String indicator, String value, boolean count) {
    }

    private FigureTable() {
    }

    /** Every indicator. */
    public static List<Row> of(Indicators i) {
        List<Row> rows = new ArrayList<>();
        rows.add(count("cases.submitted", i.cases().submitted()));
        counts(rows, "cases.byStatus.", i.cases().byStatus());
        counts(rows, "cases.byMonth.", i.cases().byMonth());
        rows.add(count("dossiers.opened", i.cases().dossiersOpened()));
        counts(rows, "dossiers.byStatus.", i.cases().dossiersByStatus());
        counts(rows, "decisions.byTrack.", i.decisions().byTrack());
        counts(rows, "decisions.byIntervention.", i.decisions().byIntervention());
        Indicators.Outcomes o = i.outcomes();
        rows.add(count("outcomes.closures", o.closures()));
        rows.add(amount("outcomes.closureDays", BigDecimal.valueOf(o.closureDays())));
        rows.add(count("outcomes.permitsRefused", o.permitsRefused()));
        rows.add(count("outcomes.permitsWithdrawn", o.permitsWithdrawn()));
        rows.add(count("outcomes.integrityInvestigations", o.integrityInvestigations()));
        rows.add(amount("outcomes.taxAssessedEur", o.taxAssessed()));
        rows.add(amount("outcomes.socialFinesEur", o.socialFines()));
        rows.add(count("outcomes.officialReports", o.officialReportsCases() + o.officialReportsDossiers()));
        rows.add(count("outcomes.arrests", o.arrestsCases() + o.arrestsDossiers()));
        i.seizures().drugsKg().forEach((drug, kg) -> rows.add(amount("seizures.drugsKg." + drug, kg)));
        rows.add(amount("seizures.cashEur", i.seizures().cashEur()));
        rows.add(count("seizures.vehicles", i.seizures().vehicles()));
        rows.add(count("seizures.realEstate", i.seizures().realEstate()));
        rows.add(count("seizures.weapons", i.seizures().weapons()));
        rows.add(amount("seizures.cryptoEur", i.seizures().cryptoEur()));
        rows.add(count("leadTimes.decided", i.leadTimes().decided()));
        rows.add(amount("leadTimes.intakeToDecisionDays", days(i.leadTimes().intakeToDecisionDays())));
        rows.add(amount("leadTimes.decisionToExecutionDays", days(i.leadTimes().decisionToExecutionDays())));
        rows.add(count("actions.overdue", i.overdueActions()));
        counts(rows, "districts.", i.districts());
        if (i.controls().available()) {
            rows.add(count("controls.executed", i.controls().executed()));
            rows.add(count("controls.targetsChecked", i.controls().targetsChecked()));
            rows.add(amount("controls.shareOnHold", BigDecimal.valueOf(i.controls().shareOnHold()).setScale(3, RoundingMode.HALF_UP)));
        } else {
            rows.add(new Row("controls", "no data yet", false));
        }
        return rows;
    }

    /** The public table: counts only, each under the threshold shown as ‘<5’. */
    public static List<Row> published(Indicators i) {
        return of(i).stream().filter(Row::count).map(r -> new Row(r.indicator(), Disclosure.shown(Long.parseLong(r.value())), true))
                .toList();
    }

    private static void counts(List<Row> rows, String prefix, Map<String, Long> counts) {
        counts.forEach((k, v) -> rows.add(count(prefix + k, v)));
    }

    private static Row count(String key, long value) {
        return new Row(key, Long.toString(value), true);
    }

    private static Row amount(String key, BigDecimal value) {
        return new Row(key, value == null ? "" : value.stripTrailingZeros().toPlainString(), false);
    }

    private static BigDecimal days(Double days) {
        return days == null ? null : BigDecimal.valueOf(days);
    }
}
