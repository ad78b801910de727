package be.stroomplan.deconfliction;

/** An illegal move, such as deciding a ticket that is decided already (409). */
public class DeconflictionConflict extends RuntimeException {

    private final String code;

    public DeconflictionConflict(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
