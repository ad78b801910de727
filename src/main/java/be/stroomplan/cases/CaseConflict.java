package be.stroomplan.cases;

/** A move the case's state does not allow (an illegal transition, a stale version): 409. */
public class CaseConflict extends RuntimeException {

    private final String code;

    public CaseConflict(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
