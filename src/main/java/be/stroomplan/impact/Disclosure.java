package be.stroomplan.impact;

/**
 * Statistical disclosure control of the public figures: a count under {@link #THRESHOLD} (but
 * above zero) is not shown, so that no small group of cases can be singled out.
 */
public final class Disclosure {

    /** Counts under this are suppressed. */
    public static final int THRESHOLD = 5;

    private Disclosure() {
    }

    /** Whether the count must be suppressed. */
    public static boolean suppressed(long count) {
        return count > 0 && count < THRESHOLD;
    }

    /** The count as shown in public: the number, or {@code <5}. */
    public static String shown(long count) {
        return suppressed(count) ? "<" + THRESHOLD : Long.toString(count);
    }
}
