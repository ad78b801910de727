package be.stroomplan.deconfliction.release;

/** A decision on a request that was decided already, or changed meanwhile: 409. */
public class ReleaseConflict extends RuntimeException {

    public ReleaseConflict(String message) {
        super(message);
    }
}
