package be.stroomplan.deconfliction;

/** The user’s roles do not allow this (403, with the reason code). */
public class DeconflictionRefused extends RuntimeException {

    private final String reason;

    public DeconflictionRefused(String reason) {
        super(reason);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
