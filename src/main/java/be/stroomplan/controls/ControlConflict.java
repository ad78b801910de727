package be.stroomplan.controls;

/** A move the action's state does not allow (an illegal transition, a target on hold, a stale version): 409. */
public class ControlConflict extends RuntimeException {

    private final String code;

    public ControlConflict(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
