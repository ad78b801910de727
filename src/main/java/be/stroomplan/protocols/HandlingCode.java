package be.stroomplan.protocols;

/**
 * The Europol handling code of an information item. Stored by name.
 * <ul>
 * <li>{@link #H0}: no restriction.</li>
 * <li>{@link #H1}: not to be used in judicial proceedings without the owner's consent.</li>
 * <li>{@link #H2}: no onward disclosure without the owner's consent.</li>
 * <li>{@link #H3}: other restrictions, described in the item's handling note; treated like H2 for
 * onward disclosure.</li>
 * </ul>
 */
public enum HandlingCode {
    H0,
    H1,
    H2,
    H3;

    /** Whether an organisation that received the item may disclose it further. */
    public boolean allowsOnwardDisclosure() {
        return this == H0 || this == H1;
    }
}
