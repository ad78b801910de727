/**
 * MAHO cases (casusoverleg, DESIGN.md §1): intake, screening, the consultation bound by
 * confidentiality (Criminal Code art. 458ter), the decision over tracks and interventions, the
 * actions that carry it out, and the outcome.
 * <p>
 * <b>A case is a compartment.</b> Intake opens a compartment of kind CASE through the sharing
 * module and keeps the case under the same id; the participating organisations are ORGANISATION
 * members (MEMBER), every holder of the MAHO_COORDINATOR role is a USER member with the MANAGER
 * role (so partners of team MAHO do not become managers), and the compartment requires each
 * user's confidentiality acknowledgement: the policy decision point refuses any read, write or
 * disclosure of its content before it (CONFIDENTIALITY_NOT_ACKNOWLEDGED). A participant reads
 * the case record; an item only when its organisation owns it or received it by disclosure (the
 * meeting-place rule of the decision point). Anyone else gets not found.
 * <p>
 * <b>Transitions</b> ({@link be.stroomplan.cases.CaseStatus}, enforced by
 * {@link be.stroomplan.cases.MahoCase}; each needs a reason, is audited and kept as history):
 * <pre>
 * SUBMITTED       → SCREENING
 * SCREENING       → IN_CONSULTATION | REJECTED | ON_HOLD (until a date)
 * ON_HOLD         → SCREENING | IN_CONSULTATION
 * IN_CONSULTATION → DECIDED (by recording the decision)
 * DECIDED         → IN_EXECUTION
 * IN_EXECUTION    → CLOSED (with an outcome)
 * CLOSED, REJECTED → REOPENED
 * REOPENED        → SCREENING
 * </pre>
 * <b>Screening</b> asks a {@link be.stroomplan.cases.ScreeningCheck}: the extension point the
 * deconfliction module will implement; until then the answer is ‘not checked’.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Cases",
        allowedDependencies = { "platform", "partners", "audit", "protocols", "sharing", "subjects" })
package be.stroomplan.cases;
