package be.stroomplan.subjects;

/** A subject (or compartment) that does not exist, or that the user may not know exists. */
public class SubjectNotFound extends RuntimeException {

    public SubjectNotFound(String what) {
        super(what);
    }
}
