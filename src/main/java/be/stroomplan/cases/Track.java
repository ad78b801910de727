package be.stroomplan.cases;

/** The tracks (aanpak) of a MAHO decision (DESIGN.md §6). */
public enum Track {
    JUDICIAL,
    ADMINISTRATIVE,
    FISCAL,
    SOCIAL,
    CUSTOMS,
    OTHER
}
