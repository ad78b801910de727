package be.stroomplan.sharing.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import be.stroomplan.partners.Classification;
import be.stroomplan.partners.PartnerDirectory;
import be.stroomplan.partners.UserProfile;
import be.stroomplan.protocols.CompartmentKind;
import be.stroomplan.protocols.CompartmentRole;
import be.stroomplan.protocols.PolicyCompartment;
import be.stroomplan.protocols.PolicyDisclosure;
import be.stroomplan.protocols.PolicyItem;
import be.stroomplan.protocols.PolicyResource;
import be.stroomplan.protocols.PolicyTarget;
import be.stroomplan.protocols.PolicyUser;
import be.stroomplan.sharing.Compartment;
import be.stroomplan.sharing.Disclosure;
import be.stroomplan.sharing.InformationItem;

import org.springframework.stereotype.Component;

/**
 * The policy enforcement point's half of a decision: gathers the attributes of the user, the
 * item, the compartments involved (with the user's role in each) and the item's disclosures into
 * the request the policy decision point decides on.
 */
@Component
public class PolicyAttributes {

    private final CompartmentStore compartments;
    private final DisclosureStore disclosures;
    private final PartnerDirectory partners;
    private final ItemStore items;

    PolicyAttributes(CompartmentStore compartments, DisclosureStore disclosures, PartnerDirectory partners, ItemStore items) {
        this.compartments = compartments;
        this.items = items;
        this.disclosures = disclosures;
        this.partners = partners;
    }

    /** What was gathered for one item. */
    public record Gathered(PolicyUser user, PolicyResource resource, List<Disclosure> disclosures) {
    }

    /**
     * The attributes of a decision on {@code item} (in {@code home}); {@code classification}
     * overrides the item's (an edit is checked against the higher of the old and the new);
     * {@code purpose} and the target's compartment are looked up as compartments too.
     */
    public Gathered gather(UserProfile profile, InformationItem item, Compartment home, Classification classification,
                           String purpose, String recipient, UUID targetCompartment) {
        List<DisclosureStore.Placed> placed = disclosures.ofItem(item.id());
        Set<UUID> ids = new HashSet<>();
        ids.add(home.id());
        placed.forEach(p -> ids.add(p.disclosure().compartment()));
        uuid(purpose).ifPresent(ids::add);
        if (targetCompartment != null) {
            ids.add(targetCompartment);
        }
        Map<UUID, CompartmentRole> roles = compartments.roles(profile, ids);
        Set<UUID> unacknowledged = compartments.unacknowledged(profile.username(), roles.keySet());
        PolicyUser user = user(profile, roles);
        PolicyItem policyItem = new PolicyItem(item.id().toString(), item.ownerOrganisation(), item.content().category(),
                classification == null ? item.content().classification() : classification, item.content().handlingCode(),
                new PolicyCompartment(home.id().toString(), home.kind(), roles.get(home.id()), compartments.embargoed(home.id()),
                        !unacknowledged.contains(home.id())),
                items.approvedSummary(item.id()));
        List<PolicyDisclosure> policyDisclosures = placed.stream().map(p -> {
            Disclosure d = p.disclosure();
            return new PolicyDisclosure(d.id().toString(), d.provider(), d.recipient(),
                    new PolicyCompartment(d.compartment().toString(), p.compartmentKind(), roles.get(d.compartment()), false,
                            !unacknowledged.contains(d.compartment())),
                    d.purpose(), d.protocolId(), d.protocolVersion(), d.protocolReference(), d.revoked());
        }).toList();
        PolicyTarget target = null;
        if (recipient != null && targetCompartment != null) {
            Optional<Compartment> found = compartments.find(targetCompartment);
            // an unknown compartment is one the user is not a member of; its kind then plays no part
            PolicyCompartment where = new PolicyCompartment(targetCompartment.toString(),
                    found.map(Compartment::kind).orElse(CompartmentKind.CASE), found.isPresent() ? roles.get(targetCompartment) : null,
                    false, !unacknowledged.contains(targetCompartment));
            target = new PolicyTarget(recipient, where, found.isPresent() && recipientIn(targetCompartment, recipient));
        }
        return new Gathered(user, new PolicyResource(policyItem, policyDisclosures, target),
                placed.stream().map(DisclosureStore.Placed::disclosure).toList());
    }

    /** The user's attributes, with the compartments (of those asked about) the user is a member of. */
    public PolicyUser user(UserProfile profile, Map<UUID, CompartmentRole> roles) {
        return new PolicyUser(profile.username(), profile.organisation().code(), profile.roles(), profile.clearance(),
                roles.keySet().stream().map(UUID::toString).collect(Collectors.toSet()));
    }

    /** Whether the organisation has a membership in the compartment, as organisation or through one of its users. */
    public boolean recipientIn(UUID compartment, String organisation) {
        List<String> users = compartments.userMembers(compartment).stream()
                .filter(u -> partners.profile(u).map(p -> organisation.equals(p.organisation().code())).orElse(false))
                .toList();
        return compartments.hasOrganisationMembership(compartment, organisation, users);
    }

    static Optional<UUID> uuid(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text.trim()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
