package be.stroomplan.protocols;

import java.util.List;
import java.util.Objects;

/**
 * What a decision is about: the item, its disclosures (at least those to the user's
 * organisation), and for {@link PolicyAction#DISCLOSE} the target.
 */
public record PolicyResource(PolicyItem item, List<PolicyDisclosure> disclosures, PolicyTarget target) {

    public PolicyResource {
        Objects.requireNonNull(item, "item");
        disclosures = disclosures == null ? List.of() : List.copyOf(disclosures);
    }

    public static PolicyResource of(PolicyItem item, List<PolicyDisclosure> disclosures) {
        return new PolicyResource(item, disclosures, null);
    }
}
