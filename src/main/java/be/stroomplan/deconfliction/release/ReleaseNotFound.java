package be.stroomplan.deconfliction.release;

/** A release request the user may not know exists: 404, exactly like a guessed id. */
public class ReleaseNotFound extends RuntimeException {

    public ReleaseNotFound() {
        super("release request");
    }
}
