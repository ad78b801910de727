package be.stroomplan.protocols;

import java.util.Objects;

/**
 * A distinct combination under which items were disclosed into a compartment to one
 * organisation: the provider, the protocol, the items' category and the disclosure purpose. The
 * listing of a compartment gathers them so that the policy decision point can say which still
 * hold (see {@link PolicyDecisionPoint#visibility}).
 */
public record DisclosedFlow(String provider, String protocolId, DataCategory category, String purpose) {

    public DisclosedFlow {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(protocolId, "protocolId");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(purpose, "purpose");
    }

    /** "protocolId|CATEGORY|PURPOSE", the key the listing query compares with. */
    public String grantKey() {
        return VisibilityPredicate.grantKey(protocolId, category.name(), purpose);
    }
}
