package be.stroomplan.deconfliction.release;

/** A refusal the user may know about (403): the reason code, e.g. ROLE_NOT_ALLOWED. */
public class ReleaseRefused extends RuntimeException {

    public ReleaseRefused(String reason) {
        super(reason);
    }

    public String reason() {
        return getMessage();
    }
}
