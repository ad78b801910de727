package be.stroomplan.dossiers.network;

/** A dossier or subject that does not exist or that the user may not know; answered 404 either way. */
public class NetworkNotFound extends RuntimeException {

    public NetworkNotFound(String what) {
        super(what);
    }
}
