package be.stroomplan.protocols;

/**
 * The kinds of compartment content lives in (DESIGN.md §4). Stored by name.
 * <ul>
 * <li>{@link #DOSSIER}: a KALI judicial file, a joint team file: every member reads every item.</li>
 * <li>{@link #CASE}: a MAHO case, a meeting place: a member reads the items its organisation owns
 * or received by disclosure.</li>
 * <li>{@link #ACTION}: a COAC control action, a meeting place like a case.</li>
 * <li>{@link #REFERENCE}: an organisation's own reference data.</li>
 * </ul>
 * It lives with the policy decision point because the decision depends on it; the sharing module
 * keeps the compartments themselves.
 */
public enum CompartmentKind {
    DOSSIER,
    CASE,
    ACTION,
    REFERENCE;

    /** A joint team file: membership alone gives access to every item. */
    public boolean jointFile() {
        return this == DOSSIER;
    }

    /** The legal basis recorded for reads inside a compartment of this kind, e.g. "KALI dossier &lt;id&gt;". */
    public String legalBasis(String compartmentId) {
        return switch (this) {
            case DOSSIER -> "KALI dossier ";
            case CASE -> "MAHO case ";
            case ACTION -> "COAC action ";
            case REFERENCE -> "Reference data ";
        } + compartmentId;
    }
}
