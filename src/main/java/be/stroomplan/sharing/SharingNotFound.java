package be.stroomplan.sharing;

/** No such compartment, item, attachment or disclosure, or one the user may not know exists (404 either way). */
public class SharingNotFound extends RuntimeException {

    public SharingNotFound(String what) {
        super(what);
    }
}
