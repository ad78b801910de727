package be.stroomplan.cases;

/** No such case, or one the user may not know exists (the same answer). */
public class CaseNotFound extends RuntimeException {

    public CaseNotFound(String what) {
        super(what);
    }
}
