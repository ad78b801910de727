package be.stroomplan.dossiers;

import be.stroomplan.protocols.DenyReason;

/** A refusal the user may know the reason of (403 with the reason): the wrong role, not the magistrate. */
public class DossierRefused extends RuntimeException {

    private final DenyReason reason;

    public DossierRefused(DenyReason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public DenyReason reason() {
        return reason;
    }
}
