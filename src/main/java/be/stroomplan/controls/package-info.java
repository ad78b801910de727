/**
 * COAC control actions (DESIGN.md §1, issue 7 §6): planning a joint action of police, city and
 * inspection services, deconflicting its targets, the briefing, the results and the feedback.
 * <p>
 * <b>An action is a compartment</b> of kind ACTION, a meeting place like a MAHO case: the planning
 * COAC coordinator is its MANAGER, the participating services are ORGANISATION members; a
 * participant reads the action record, an item only when its organisation owns it or received it
 * by disclosure. Anyone else gets not found, exactly like a guessed id.
 * <p>
 * <b>Transitions</b> ({@link be.stroomplan.controls.ControlStatus}, enforced by
 * {@link be.stroomplan.controls.ControlAction}; each audited and kept as history):
 * <pre>
 * PLANNED      → DECONFLICTED (submission: every target checked) | CANCELLED
 * DECONFLICTED → APPROVED (no ticket pending)                    | CANCELLED
 * APPROVED     → EXECUTED                                         | CANCELLED
 * EXECUTED     → REPORTED (results entered: the feedback flows)
 * </pre>
 * A target on hold, or barred by the magistrate’s decision, cannot be visited: no result is
 * taken for it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Controls",
        allowedDependencies = { "platform", "partners", "audit", "protocols", "sharing", "subjects", "dossiers", "cases",
                "deconfliction", "impact" })
package be.stroomplan.controls;
