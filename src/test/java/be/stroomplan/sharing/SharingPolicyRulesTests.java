package be.stroomplan.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import be.stroomplan.partners.Classification;
import be.stroomplan.partners.Clearance;
import be.stroomplan.partners.Role;
import be.stroomplan.protocols.AccessPath;
import be.stroomplan.protocols.CompartmentKind;
import be.stroomplan.protocols.CompartmentRole;
import be.stroomplan.protocols.DataCategory;
import be.stroomplan.protocols.DenyReason;
import be.stroomplan.protocols.DisclosedFlow;
import be.stroomplan.protocols.HandlingCode;
import be.stroomplan.protocols.PolicyAction;
import be.stroomplan.protocols.PolicyCompartment;
import be.stroomplan.protocols.PolicyDecision;
import be.stroomplan.protocols.PolicyDisclosure;
import be.stroomplan.protocols.PolicyItem;
import be.stroomplan.protocols.PolicyRequest;
import be.stroomplan.protocols.PolicyResource;
import be.stroomplan.protocols.PolicyRules;
import be.stroomplan.protocols.PolicyTarget;
import be.stroomplan.protocols.PolicyUser;
import be.stroomplan.protocols.ProtocolStatus;
import be.stroomplan.protocols.ProtocolTerms;
import be.stroomplan.protocols.ProtocolVersionTerms;
import be.stroomplan.protocols.VisibilityPredicate;

import org.junit.jupiter.api.Test;

/** The pure rules of the policy decision point the enforcement point relies on, on protocols held in memory. */
class SharingPolicyRulesTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final ProtocolVersionTerms PZ_TO_CITY = new ProtocolVersionTerms("p1", "v1", 1, "PROT-2026-0001", ProtocolStatus.ACTIVE,
            "PZ → Stad", "Art. 20", "PZ", TODAY.minusYears(1), TODAY.plusYears(1), List.of("STAD"), List.of("POLICE"),
            List.of("MAHO"));
    static final ProtocolTerms TERMS = ProtocolTerms.of(List.of(PZ_TO_CITY), Set.of("MAHO", "KALI"));

    static PolicyUser user(String organisation, Classification clearance, String... compartments) {
        return new PolicyUser("u", organisation, Set.of(Role.INVESTIGATOR), new Clearance(clearance, null), Set.of(compartments));
    }

    static PolicyItem item(String owner, CompartmentRole role, HandlingCode handling) {
        return new PolicyItem("i", owner, DataCategory.POLICE, Classification.BEPERKT, handling,
                new PolicyCompartment("case", CompartmentKind.CASE, role));
    }

    static PolicyDisclosure toCity(boolean revoked) {
        return new PolicyDisclosure("d", "PZ", "STAD", new PolicyCompartment("case", CompartmentKind.CASE, CompartmentRole.MEMBER),
                "MAHO", "p1", 1, "PROT-2026-0001", revoked);
    }

    @Test
    void aRecipientReadsThroughACoveredDisclosureAndNotAfterRevocation() {
        PolicyUser city = user("STAD", Classification.BEPERKT, "case");
        PolicyDecision read = PolicyRules.decide(new PolicyRequest(city, PolicyAction.READ,
                PolicyResource.of(item("PZ", CompartmentRole.MEMBER, HandlingCode.H0), List.of(toCity(false))), null), TERMS, TODAY);
        assertThat(read.permitted()).isTrue();
        assertThat(read.access()).isEqualTo(AccessPath.DISCLOSURE);
        assertThat(read.legalBasis()).isEqualTo("PROT-2026-0001 v1");
        assertThat(read.purpose()).isEqualTo("case");

        PolicyDecision revoked = PolicyRules.decide(new PolicyRequest(city, PolicyAction.READ,
                PolicyResource.of(item("PZ", CompartmentRole.MEMBER, HandlingCode.H0), List.of(toCity(true))), null), TERMS, TODAY);
        assertThat(revoked.reasons()).containsExactly(DenyReason.DISCLOSURE_REVOKED);

        PolicyDecision ended = PolicyRules.decide(new PolicyRequest(city, PolicyAction.READ,
                PolicyResource.of(item("PZ", CompartmentRole.MEMBER, HandlingCode.H0), List.of(toCity(false))), null),
                TERMS, TODAY.plusYears(2));
        assertThat(ended.reasons()).containsExactly(DenyReason.PROTOCOL_ENDED);
    }

    @Test
    void everyApplicableReasonIsGiven() {
        PolicyUser lead = new PolicyUser("lead", "FGP", Set.of(Role.PROJECT_LEAD), Clearance.NONE, Set.of());
        PolicyItem secret = new PolicyItem("i", "PZ", DataCategory.POLICE, Classification.GEHEIM, HandlingCode.H0,
                new PolicyCompartment("dossier", CompartmentKind.DOSSIER, null));
        PolicyDecision decision = PolicyRules.decide(new PolicyRequest(lead, PolicyAction.READ, PolicyResource.of(secret, List.of()),
                "kort"), TERMS, TODAY);
        assertThat(decision.reasons()).containsExactly(DenyReason.ROLE_NOT_ALLOWED, DenyReason.NOT_A_MEMBER,
                DenyReason.CLEARANCE_TOO_LOW, DenyReason.PURPOSE_REQUIRED);
    }

    @Test
    void aDisclosureNeedsACoveringProtocolAndOnwardDisclosureAnH0OrH1Item() {
        PolicyUser pz = user("PZ", Classification.BEPERKT, "case");
        PolicyCompartment target = new PolicyCompartment("case", CompartmentKind.CASE, CompartmentRole.MEMBER);
        PolicyDecision permitted = PolicyRules.decide(new PolicyRequest(pz, PolicyAction.DISCLOSE, new PolicyResource(
                item("PZ", CompartmentRole.MEMBER, HandlingCode.H2), List.of(), new PolicyTarget("STAD", target, true)), "MAHO"),
                TERMS, TODAY);
        assertThat(permitted.permitted()).isTrue();
        assertThat(permitted.protocol().reference()).isEqualTo("PROT-2026-0001");

        PolicyDecision nobody = PolicyRules.decide(new PolicyRequest(pz, PolicyAction.DISCLOSE, new PolicyResource(
                item("PZ", CompartmentRole.MEMBER, HandlingCode.H0), List.of(), new PolicyTarget("DOUANE", target, false)), "KALI"),
                TERMS, TODAY);
        assertThat(nobody.reasons()).containsExactly(DenyReason.RECIPIENT_NOT_IN_COMPARTMENT, DenyReason.NO_PROTOCOL);

        PolicyDecision wrongPurpose = PolicyRules.decide(new PolicyRequest(pz, PolicyAction.DISCLOSE, new PolicyResource(
                item("PZ", CompartmentRole.MEMBER, HandlingCode.H0), List.of(), new PolicyTarget("STAD", target, true)), "KALI"),
                TERMS, TODAY);
        assertThat(wrongPurpose.reasons()).containsExactly(DenyReason.PURPOSE_NOT_COVERED);
        assertThat(wrongPurpose.explanations().get(0).protocolReference()).isEqualTo("PROT-2026-0001");

        PolicyUser city = user("STAD", Classification.BEPERKT, "case");
        PolicyDecision onward = PolicyRules.decide(new PolicyRequest(city, PolicyAction.DISCLOSE, new PolicyResource(
                item("PZ", CompartmentRole.MEMBER, HandlingCode.H3), List.of(toCity(false)), new PolicyTarget("PZ", target, true)),
                "MAHO"), TERMS, TODAY);
        assertThat(onward.reasons()).contains(DenyReason.HANDLING_CODE);
    }

    @Test
    void thePartialEvaluationKeepsOnlyTheGrantsThatStillHold() {
        PolicyUser city = user("STAD", Classification.VERTROUWELIJK, "case");
        PolicyCompartment kase = new PolicyCompartment("case", CompartmentKind.CASE, CompartmentRole.MEMBER);
        VisibilityPredicate visibility = PolicyRules.visibility(city, kase, List.of(
                new DisclosedFlow("PZ", "p1", DataCategory.POLICE, "MAHO"),
                new DisclosedFlow("PZ", "p1", DataCategory.FISCAL, "MAHO")), TERMS, TODAY);
        assertThat(visibility.grants()).containsExactly("p1|POLICE|MAHO");
        assertThat(visibility.clearanceRank()).isEqualTo(Classification.VERTROUWELIJK.ordinal());
        assertThat(visibility.jointFile()).isFalse();
        assertThat(visibility.seesAnything()).isTrue();
    }
}
