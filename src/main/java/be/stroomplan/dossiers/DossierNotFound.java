package be.stroomplan.dossiers;

/**
 * No such dossier, or one the user may not know exists: both answer 404 with the same body, as does
 * an id that is not even well-formed.
 */
public class DossierNotFound extends RuntimeException {

    public DossierNotFound() {
        super("dossier");
    }

    public DossierNotFound(String what) {
        super(what);
    }
}
