package be.stroomplan.controls;

/** No such control action (or target), or one the user may not know exists: the same answer. */
public class ControlNotFound extends RuntimeException {

    public ControlNotFound(String what) {
        super(what);
    }
}
