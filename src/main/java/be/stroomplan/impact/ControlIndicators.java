package be.stroomplan.impact;

/**
 * Control figures of a period: controls executed, targets checked and the share of targets that
 * deconfliction put on hold (0 to 1). {@code available} is false while no module provides them.
 */
public record ControlIndicators(boolean available, long executed, long targetsChecked, double shareOnHold) {

    /** No control figures yet. */
    public static ControlIndicators none() {
        return new ControlIndicators(false, 0, 0, 0);
    }
}
