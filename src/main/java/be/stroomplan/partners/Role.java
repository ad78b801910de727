package be.stroomplan.partners;

/**
 * The roles of DESIGN.md §4. A role is held through a membership, in a team or organisation-wide.
 * Spring Security sees each as the authority {@code ROLE_<name>}.
 */
public enum Role {
    INVESTIGATOR,
    ANALYST,
    KALI_MAGISTRATE,
    MAHO_COORDINATOR,
    MAHO_PARTNER,
    COAC_COORDINATOR,
    INSPECTOR,
    CITY_OFFICER,
    DPO,
    FUNCTIONAL_ADMIN,
    PROJECT_LEAD;

    public String authority() {
        return "ROLE_" + name();
    }
}
