package be.stroomplan.protocols;

/**
 * A member's role inside a compartment, strongest first. Stored by name.
 * <ul>
 * <li>{@link #MANAGER}: manages the membership and may disclose.</li>
 * <li>{@link #MEMBER}: adds items and may disclose its organisation's items.</li>
 * <li>{@link #READER}: only reads.</li>
 * </ul>
 */
public enum CompartmentRole {
    MANAGER,
    MEMBER,
    READER;

    /** May add and edit items, and disclose. */
    public boolean writes() {
        return this != READER;
    }

    /** The stronger of two roles; {@code null} counts as no role. */
    public static CompartmentRole strongest(CompartmentRole a, CompartmentRole b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.ordinal() <= b.ordinal() ? a : b;
    }
}
