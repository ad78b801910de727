/**
 * Impact: the indicators of the Stroomplan (DESIGN.md §1, ‘measure impact’) by period and by
 * partner, the dashboard, the exports (CSV, XLSX, the quarterly PDF) and the public statistics page.
 * <p>
 * <b>Aggregation rule.</b> Figures are computed only over what the user may see: the MAHO cases the
 * user takes part in ({@link be.stroomplan.cases.MahoCases#caseIds}) and the KALI dossiers the user
 * may read ({@link be.stroomplan.dossiers.Dossiers#readableIds}). The project lead gets
 * organisation-wide figures: counts and sums only, never a case, a dossier or a person, and no
 * drill-down. The public statistics page shows organisation-wide figures with every count under
 * {@link be.stroomplan.impact.Disclosure#THRESHOLD} suppressed.
 * <p>
 * <b>Controls.</b> The figures of COAC control actions come through the extension point
 * {@link be.stroomplan.impact.ControlFigures}, which the controls module implements; without it
 * the control indicators say ‘no data yet’.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Impact",
        allowedDependencies = { "platform", "partners", "audit", "cases", "dossiers", "subjects" })
package be.stroomplan.impact;
