package be.stroomplan.deconfliction;

/** No such request, ticket or operation, or one the user may not know exists (the same answer: 404). */
public class DeconflictionNotFound extends RuntimeException {

    public DeconflictionNotFound(String what) {
        super(what);
    }
}
