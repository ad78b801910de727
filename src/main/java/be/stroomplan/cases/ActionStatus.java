package be.stroomplan.cases;

/** The status of an action. */
public enum ActionStatus {
    OPEN,
    IN_PROGRESS,
    DONE,
    CANCELLED;

    public boolean open() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
