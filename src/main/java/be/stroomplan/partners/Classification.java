package be.stroomplan.partners;

/**
 * The Belgian classification levels (law of 11 December 1998), from low to high, and
 * {@link #NONE} for unclassified information, which carries the marking "Beperkte Verspreiding"
 * (restricted distribution). Information items carry a classification; users hold a
 * {@link Clearance} for one of these levels. Stored by name; ordered by their declaration.
 */
public enum Classification {
    NONE,
    BEPERKT,
    VERTROUWELIJK,
    GEHEIM,
    ZEER_GEHEIM;

    /** Whether this level is at or above the other. */
    public boolean atLeast(Classification other) {
        return compareTo(other) >= 0;
    }
}
