package be.stroomplan.sharing;

/** The change conflicts with the current state: a duplicate disclosure, a stale version, the last manager (409). */
public class SharingConflict extends RuntimeException {

    private final String code;

    public SharingConflict(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
