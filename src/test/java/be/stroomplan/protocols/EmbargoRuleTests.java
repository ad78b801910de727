package be.stroomplan.protocols;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import be.stroomplan.partners.Classification;
import be.stroomplan.partners.Clearance;
import be.stroomplan.partners.Role;

import org.junit.jupiter.api.Test;

/**
 * The embargo rule of the policy decision point: out of an embargoed compartment nothing is
 * disclosed (EMBARGO), except a summary the magistrate approved; within it, and from a compartment
 * that is not under embargo, the rule does not apply.
 */
class EmbargoRuleTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final ProtocolTerms TERMS = ProtocolTerms.of(List.of(new ProtocolVersionTerms("p1", "p1-v1", 1, "REF-1",
            ProtocolStatus.ACTIVE, "PZ → Stad", "Art. 20", "PZ_ANTWERPEN", TODAY.minusDays(10), TODAY.plusDays(10),
            List.of("STAD_ANTWERPEN"), List.of("POLICE"), List.of("MAHO_CASUSOVERLEG"))), Set.of("MAHO_CASUSOVERLEG"));

    static PolicyDecision disclose(boolean embargoed, boolean approvedSummary, String target) {
        PolicyUser user = new PolicyUser("kali.pza", "PZ_ANTWERPEN", Set.of(Role.INVESTIGATOR),
                new Clearance(Classification.GEHEIM, null), Set.of("dossier", "case"));
        PolicyItem item = new PolicyItem("i", "PZ_ANTWERPEN", DataCategory.POLICE, Classification.NONE, HandlingCode.H0,
                new PolicyCompartment("dossier", CompartmentKind.DOSSIER, CompartmentRole.MEMBER, embargoed, true), approvedSummary);
        PolicyTarget to = new PolicyTarget("STAD_ANTWERPEN", new PolicyCompartment(target,
                target.equals("dossier") ? CompartmentKind.DOSSIER : CompartmentKind.CASE, CompartmentRole.MEMBER), true);
        return PolicyRules.decide(new PolicyRequest(user, PolicyAction.DISCLOSE, new PolicyResource(item, List.of(), to),
                "MAHO_CASUSOVERLEG"), TERMS, TODAY);
    }

    @Test
    void anEmbargoRefusesDisclosureOutOfTheDossier() {
        PolicyDecision decision = disclose(true, false, "case");
        assertThat(decision.permitted()).isFalse();
        assertThat(decision.reasons()).containsExactly(DenyReason.EMBARGO);
    }

    @Test
    void anApprovedSummaryLeavesAndWithoutEmbargoAnythingCoveredLeaves() {
        assertThat(disclose(true, true, "case").permitted()).isTrue();
        assertThat(disclose(false, false, "case").permitted()).isTrue();
    }

    @Test
    void theEmbargoDoesNotBindWithinTheDossierItself() {
        assertThat(disclose(true, false, "dossier").reasons()).doesNotContain(DenyReason.EMBARGO);
        assertThat(PolicyRules.leavesEmbargo(new PolicyItem("i", "PZ_ANTWERPEN", DataCategory.POLICE, Classification.NONE,
                HandlingCode.H0, new PolicyCompartment("dossier", CompartmentKind.DOSSIER, null, true, true)), "dossier")).isFalse();
    }
}
