package be.stroomplan.impact;

import java.util.List;

import be.stroomplan.audit.AuditAction;
import be.stroomplan.audit.AuditRecord;
import be.stroomplan.audit.AuditTrail;
import be.stroomplan.impact.internal.FigureExports;
import be.stroomplan.impact.internal.QuarterlyReportPdf;
import be.stroomplan.partners.UserProfile;

import org.springframework.stereotype.Service;

/**
 * The indicators as files: CSV and XLSX over what the user may see (audited as EXPORT), and the
 * public CSV with statistical disclosure control (counts only, under five suppressed).
 */
@Service
public class ImpactExports {

    private final ImpactIndicators indicators;
    private final FigureExports files;
    private final QuarterlyReportPdf pdf;
    private final AuditTrail audit;

    ImpactExports(ImpactIndicators indicators, FigureExports files, QuarterlyReportPdf pdf, AuditTrail audit) {
        this.indicators = indicators;
        this.files = files;
        this.pdf = pdf;
        this.audit = audit;
    }

    /** The quarter (1 to 4) of the year as a period; out of range: 400. */
    public ImpactQuery quarter(int year, int quarter, String partner) {
        if (quarter < 1 || quarter > 4) {
            throw new InvalidImpactInput(List.of(new InvalidImpactInput.Problem("quarter", "must be 1, 2, 3 or 4")));
        }
        java.time.LocalDate start = java.time.LocalDate.of(Math.max(2000, Math.min(2100, year)), 3 * quarter - 2, 1);
        return indicators.query(start.toString(), start.plusMonths(3).minusDays(1).toString(), partner);
    }

    /** The quarterly report for the steering group, with charts and the classification marking. */
    public byte[] quarterlyPdf(UserProfile user, ImpactQuery query, java.util.Locale locale) {
        Indicators figures = indicators.of(user, query);
        exported(query, "quarterly PDF");
        int quarter = (query.from().getMonthValue() - 1) / 3 + 1;
        return pdf.render(query.from().getYear() + " Q" + quarter, figures, locale);
    }

    public byte[] csv(UserProfile user, ImpactQuery query) {
        Indicators figures = indicators.of(user, query);
        exported(query, "CSV");
        return files.csv(heading(figures), FigureTable.of(figures));
    }

    public byte[] xlsx(UserProfile user, ImpactQuery query) {
        Indicators figures = indicators.of(user, query);
        exported(query, "XLSX");
        return files.xlsx(heading(figures), FigureTable.of(figures));
    }

    /** The public figures: counts only, each under {@link Disclosure#THRESHOLD} as ‘<5’. */
    public byte[] publishedCsv(ImpactQuery query) {
        Indicators figures = indicators.published(query);
        return files.csv(List.of("Stroomplan public statistics " + query.from() + " to " + query.to(),
                "counts under " + Disclosure.THRESHOLD + " are suppressed"), FigureTable.published(figures));
    }

    static List<String> heading(Indicators figures) {
        return List.of("Stroomplan impact " + figures.from() + " to " + figures.to()
                + (figures.partner() == null ? "" : ", partner " + figures.partner()), "scope " + figures.scope());
    }

    private void exported(ImpactQuery query, String format) {
        audit.record(AuditRecord.of(AuditAction.EXPORT).objectType("IMPACT").purpose("IMPACT")
                .details("indicators " + format + " " + query.from() + ".." + query.to()
                        + (query.partner() == null ? "" : ", partner " + query.partner())).build());
    }
}
