package be.stroomplan.partners.internal;

/** A partner record (organisation, team, user, membership) that does not exist. */
public class PartnerNotFoundException extends RuntimeException {

    public PartnerNotFoundException(String type, String key) {
        super("No " + type + " '" + key + "'");
    }
}
