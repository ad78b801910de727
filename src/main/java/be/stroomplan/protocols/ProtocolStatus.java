package be.stroomplan.protocols;

/**
 * The lifecycle of one protocol version. Only an {@link #ACTIVE} version covers data flows.
 * <ul>
 * <li>{@link #DRAFT}: being written; the only editable status.</li>
 * <li>{@link #ACTIVE}: in force between its validity dates.</li>
 * <li>{@link #SUSPENDED}: in force but not to be used, until reactivated.</li>
 * <li>{@link #EXPIRED}: its validity end date has passed.</li>
 * <li>{@link #TERMINATED}: ended early by the parties, or a draft withdrawn.</li>
 * <li>{@link #SUPERSEDED}: replaced by a newer version of the same protocol (an amendment).</li>
 * </ul>
 * Stored by name.
 */
public enum ProtocolStatus {
    DRAFT,
    ACTIVE,
    SUSPENDED,
    EXPIRED,
    TERMINATED,
    SUPERSEDED;

    /** Active or suspended: the version that currently stands for its protocol. */
    public boolean inForce() {
        return this == ACTIVE || this == SUSPENDED;
    }

    /** No way back: expired, terminated or superseded. */
    public boolean ended() {
        return this == EXPIRED || this == TERMINATED || this == SUPERSEDED;
    }
}
