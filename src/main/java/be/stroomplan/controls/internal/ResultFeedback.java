package be.stroomplan.controls.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import be.stroomplan.controls.ControlAction;
import be.stroomplan.controls.ControlResult;
import be.stroomplan.controls.ControlTarget;
import be.stroomplan.controls.FeedbackRecord;
import be.stroomplan.partners.Classification;
import be.stroomplan.partners.PartnerDirectory;
import be.stroomplan.partners.UserProfile;
import be.stroomplan.protocols.CompartmentKind;
import be.stroomplan.protocols.DataCategory;
import be.stroomplan.protocols.HandlingCode;
import be.stroomplan.sharing.Compartment;
import be.stroomplan.sharing.CompartmentMember;
import be.stroomplan.sharing.Compartments;
import be.stroomplan.sharing.Disclosures;
import be.stroomplan.sharing.InformationAccuracy;
import be.stroomplan.sharing.InformationItem;
import be.stroomplan.sharing.InformationItems;
import be.stroomplan.sharing.ItemContent;
import be.stroomplan.sharing.MemberType;
import be.stroomplan.sharing.SharingConflict;
import be.stroomplan.sharing.SharingNotFound;
import be.stroomplan.sharing.SharingRefused;
import be.stroomplan.sharing.SourceReliability;
import be.stroomplan.sharing.Tlp;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On REPORTED the results flow under protocol: per service, an information item owned by that
 * service's organisation (category by the kind of service) in the action's compartment, written in
 * the name of the service's user who entered the results; then a disclosure of it to every other
 * organisation of each linked MAHO case (purpose MAHO_CASUSOVERLEG) or KALI dossier
 * (KALI_ONDERZOEK). The policy decision point decides each step; a refusal is recorded with its
 * reasons and shown, and does not undo the report. Every step runs in a transaction of its own.
 */
@Component
public class ResultFeedback {

    private final InformationItems items;
    private final Disclosures disclosures;
    private final Compartments compartments;
    private final PartnerDirectory partners;
    private final TargetStore store;
    private final TransactionTemplate own;
    private final Clock clock = Clock.systemUTC();

    ResultFeedback(InformationItems items, Disclosures disclosures, Compartments compartments, PartnerDirectory partners,
                   TargetStore store, PlatformTransactionManager transactions) {
        this.items = items;
        this.disclosures = disclosures;
        this.compartments = compartments;
        this.partners = partners;
        this.store = store;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public void report(ControlAction action, List<ControlTarget> targets, List<ControlResult> results,
                       Map<UUID, CompartmentKind> links) {
        Map<String, List<ControlResult>> byService = results.stream()
                .collect(Collectors.groupingBy(ControlResult::organisation, LinkedHashMap::new, Collectors.toList()));
        for (var entry : byService.entrySet()) {
            List<ControlResult> own = entry.getValue();
            UserProfile author = partners.profile(own.get(own.size() - 1).enteredBy()).orElse(null);
            if (author == null) {
                record(action, entry.getKey(), null, action.id(), null, false, "UNKNOWN_USER");
                continue;
            }
            InformationItem item;
            try {
                item = this.own.execute(status -> items.add(author, action.id(), content(action, author, targets, own),
                        action.id().toString()));
            } catch (SharingRefused | SharingNotFound refused) {
                record(action, entry.getKey(), null, action.id(), null, false, reasons(refused));
                continue;
            }
            for (var link : links.entrySet()) {
                String purpose = link.getValue() == CompartmentKind.DOSSIER ? "KALI_ONDERZOEK" : "MAHO_CASUSOVERLEG";
                for (String recipient : recipients(link.getKey(), entry.getKey())) {
                    disclose(action, author, item, link.getKey(), recipient, purpose);
                }
            }
        }
    }

    private void disclose(ControlAction action, UserProfile author, InformationItem item, UUID compartment, String recipient,
                          String purpose) {
        try {
            own.executeWithoutResult(status -> disclosures.disclose(author, item.id(), recipient, compartment, purpose));
            record(action, item.ownerOrganisation(), item.id(), compartment, recipient, true, null);
        } catch (SharingConflict already) {
            record(action, item.ownerOrganisation(), item.id(), compartment, recipient, true, "ALREADY_DISCLOSED");
        } catch (SharingRefused | SharingNotFound refused) {
            record(action, item.ownerOrganisation(), item.id(), compartment, recipient, false, reasons(refused));
        }
    }

    /** The organisations of the linked compartment other than the provider: its owner, its organisation and user members. */
    private Set<String> recipients(UUID compartment, String provider) {
        Set<String> recipients = new LinkedHashSet<>();
        compartments.find(compartment).map(Compartment::ownerOrganisation).ifPresent(recipients::add);
        for (CompartmentMember m : compartments.members(compartment)) {
            if (m.type() == MemberType.ORGANISATION) {
                recipients.add(m.id());
            } else if (m.type() == MemberType.USER) {
                partners.profile(m.id()).ifPresent(p -> recipients.add(p.organisation().code()));
            }
        }
        recipients.remove(provider);
        return recipients;
    }

    private void record(ControlAction action, String organisation, UUID item, UUID compartment, String recipient,
                        boolean disclosed, String reasons) {
        own.executeWithoutResult(status -> store.addFeedback(action.id(), new FeedbackRecord(UUID.randomUUID(), organisation,
                item, compartment, recipient, disclosed, reasons, clock.instant())));
    }

    private static String reasons(RuntimeException refused) {
        if (refused instanceof SharingRefused r) {
            return r.explanations().stream().map(e -> e.reason().name()).distinct().collect(Collectors.joining(", "));
        }
        return "NOT_A_MEMBER";
    }

    private ItemContent content(ControlAction action, UserProfile author, List<ControlTarget> targets, List<ControlResult> results) {
        StringBuilder text = new StringBuilder();
        text.append("Resultaten ").append(action.reference()).append(" ").append(action.name()).append(" (")
                .append(author.organisation().code()).append(")\n");
        for (ControlResult r : results) {
            String target = targets.stream().filter(t -> t.id().equals(r.targetId())).map(ControlTarget::label).findFirst().orElse("?");
            text.append("\n- ").append(target).append(": ").append(r.findings() == null ? "" : r.findings());
            if (!r.officialReports().isEmpty()) {
                text.append("; PV ").append(String.join(", ", r.officialReports()));
            }
            if (r.violations() > 0) {
                text.append("; inbreuken ").append(r.violations()).append(r.violationKind() == null ? "" : " (" + r.violationKind() + ")");
            }
            if (r.closureUntil() != null) {
                text.append("; sluiting tot ").append(r.closureUntil());
            }
            if (r.seizureKind() != null) {
                text.append("; inbeslagname ").append(r.seizureKind()).append(r.seizureQuantity() == null ? "" : " " + r.seizureQuantity())
                        .append(r.seizureValue() == null ? "" : " EUR " + r.seizureValue());
            }
            if (r.arrests() > 0) {
                text.append("; arrestaties ").append(r.arrests());
            }
            if (r.fines().signum() > 0) {
                text.append("; boetes EUR ").append(r.fines());
            }
        }
        return new ItemContent(DataCategory.of(author.organisation().kind()), Classification.NONE, Tlp.AMBER, SourceReliability.B,
                InformationAccuracy.TWO, HandlingCode.H0, null, "Resultaten " + action.reference() + " — " + author.organisation().code(),
                text.toString(), Map.of("controlAction", action.id().toString(), "reference", action.reference()), List.of());
    }
}
