package be.stroomplan.protocols;

import java.util.Objects;

/**
 * A disclosure of the item as the decision sees it: from which organisation to which, for which
 * compartment (with the asking user's role in it) and purpose, under which protocol version, and
 * whether it was revoked.
 */
public record PolicyDisclosure(String id, String provider, String recipient, PolicyCompartment compartment,
                               String purpose, String protocolId, int protocolVersion, String protocolReference,
                               boolean revoked) {

    public PolicyDisclosure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(compartment, "compartment");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(protocolId, "protocolId");
    }

    /** "PROT-2026-0001 v2", the legal basis recorded for reads under this disclosure. */
    public String legalBasis() {
        return (protocolReference == null ? protocolId : protocolReference) + " v" + protocolVersion;
    }
}
