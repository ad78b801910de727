package be.stroomplan.protocols;

/** How a permitted read reaches the item. */
public enum AccessPath {
    /** A member of a KALI dossier: every member reads every item. */
    JOINT_FILE,
    /** A member of the item's compartment whose organisation owns the item. */
    OWNER,
    /** A member of the compartment of a live disclosure to the user's organisation, still covered by its protocol. */
    DISCLOSURE
}
