package be.stroomplan.dossiers;

/** An illegal status move, a duplicate notice number, a record changed meanwhile (409). */
public class DossierConflict extends RuntimeException {

    private final String code;

    public DossierConflict(String code, String message) {
        super(message);
        this.code = code;
    }

    /** The message key, also the problem’s {@code code}. */
    public String code() {
        return code;
    }
}
