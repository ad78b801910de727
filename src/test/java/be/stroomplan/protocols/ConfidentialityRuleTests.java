package be.stroomplan.protocols;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import be.stroomplan.partners.Classification;
import be.stroomplan.partners.Clearance;
import be.stroomplan.partners.Role;

import org.junit.jupiter.api.Test;

/** The 458ter rule of the policy decision point: content of an unacknowledged case is refused. */
class ConfidentialityRuleTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final PolicyUser USER = new PolicyUser("stad", "STAD", Set.of(Role.MAHO_PARTNER),
            new Clearance(Classification.NONE, null), Set.of("case"));

    static PolicyRequest request(PolicyAction action, boolean acknowledged, PolicyTarget target, String purpose) {
        PolicyItem item = new PolicyItem("i", "STAD", DataCategory.ADMINISTRATIVE, Classification.NONE, HandlingCode.H0,
                new PolicyCompartment("case", CompartmentKind.CASE, CompartmentRole.MEMBER, false, acknowledged));
        return new PolicyRequest(USER, action, new PolicyResource(item, List.of(), target), purpose);
    }

    static ProtocolTerms none() {
        return ProtocolTerms.of(List.of(), Set.of("MAHO_CASUSOVERLEG"));
    }

    @Test
    void theOwnerReadsAndWritesOnlyAfterTheAcknowledgement() {
        for (PolicyAction action : List.of(PolicyAction.READ, PolicyAction.WRITE)) {
            PolicyDecision refused = PolicyRules.decide(request(action, false, null, null), none(), TODAY);
            assertThat(refused.permitted()).as(action.name()).isFalse();
            assertThat(refused.reasons()).as(action.name()).containsExactly(DenyReason.CONFIDENTIALITY_NOT_ACKNOWLEDGED);
            assertThat(PolicyRules.decide(request(action, true, null, null), none(), TODAY).permitted()).as(action.name()).isTrue();
        }
    }

    @Test
    void noDisclosureIntoAnUnacknowledgedCase() {
        PolicyTarget target = new PolicyTarget("RSZ", new PolicyCompartment("other", CompartmentKind.CASE, CompartmentRole.MEMBER,
                false, false), true);
        PolicyDecision refused = PolicyRules.decide(request(PolicyAction.DISCLOSE, true, target, "MAHO_CASUSOVERLEG"), none(), TODAY);
        assertThat(refused.reasons()).contains(DenyReason.CONFIDENTIALITY_NOT_ACKNOWLEDGED);
    }

    @Test
    void anUnacknowledgedCaseListsNothing() {
        VisibilityPredicate v = PolicyRules.visibility(USER, new PolicyCompartment("case", CompartmentKind.CASE,
                CompartmentRole.MEMBER, false, false), List.of(), none(), TODAY);
        assertThat(v.seesAnything()).isFalse();
    }
}
