package be.stroomplan.protocols;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of the policy decision point as one pure function: no I/O, no clock, no audit. The
 * protocol register comes in as {@link ProtocolTerms}, today as a date, so that a property test can
 * run the rules on protocols held in memory. {@link PolicyDecisionPoint} runs them on the register
 * and audits the answer. Every applicable reason is returned, not only the first.
 * <p>
 * <b>READ</b> of item I by user U of organisation O: U holds a content role; one access path
 * exists (member of I's compartment and it is a KALI dossier; member of I's compartment and O owns
 * I; or a disclosure of I to O, not revoked, in a compartment U is a member of, whose protocol
 * still covers provider → O, I's category and the disclosure's purpose today); U's clearance
 * allows I's classification today; and a purpose is given (a compartment U is a member of, or a
 * justification of at least {@value #MIN_JUSTIFICATION} characters) or derived (I's compartment, or
 * the compartment of the disclosure).
 * <p>
 * <b>Confidentiality</b> (a MAHO case, art. 458ter Sw.): content of a compartment whose
 * acknowledgement the user has not given is neither read, written nor disclosed into:
 * CONFIDENTIALITY_NOT_ACKNOWLEDGED when the user is a member of the item's compartment without the
 * acknowledgement, when the read would go through a disclosure into such a compartment, or when
 * such a compartment is the target of a disclosure; a listing of it shows nothing.
 * <p>
 * <b>WRITE</b> (add, edit, attach): a content role; MANAGER or MEMBER of I's compartment; O owns I
 * unless the compartment is a KALI dossier; the clearance allows I's classification; a purpose.
 * <p>
 * <b>DISCLOSE</b> I to R for compartment C and purpose code Q: U may read I; U is MANAGER or
 * MEMBER in I's compartment (or in the compartment U's organisation received I through); O owns I,
 * or received it and its handling code allows onward disclosure; R is not O; Q is a known purpose;
 * U is a member of C and R has a membership in C; and an active protocol covers O → R, I's
 * category, Q, today; and, when I's compartment is under embargo and C is another compartment, I
 * is a summary the magistrate approved (else {@link DenyReason#EMBARGO}).
 */
public final class PolicyRules {

    /** The least length of a written justification. */
    public static final int MIN_JUSTIFICATION = 20;

    private static final Pattern ID = Pattern.compile("\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}");

    /**
     * Whether a purpose that names no compartment of the user is a written justification: at least
     * {@value #MIN_JUSTIFICATION} characters and not an id. An id names a compartment, and a
     * compartment the user does not work in is no purpose, however long its id.
     */
    public static boolean justification(String purpose) {
        return purpose != null && purpose.length() >= MIN_JUSTIFICATION && !ID.matcher(purpose.strip()).matches();
    }

    private PolicyRules() {
    }

    public static PolicyDecision decide(PolicyRequest request, ProtocolTerms terms, LocalDate today) {
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(today, "today");
        Verdict verdict = switch (request.action()) {
            case READ -> read(request, terms, today, true);
            case WRITE -> write(request, today);
            case DISCLOSE -> disclose(request, terms, today);
        };
        return verdict.decision();
    }

    /**
     * Whether the user may know that the item exists: a member of its compartment, or of the
     * compartment of a disclosure of it to the user's organisation (revoked or not). For anyone
     * else the item answers as if it did not exist.
     */
    public static boolean mayKnow(PolicyUser user, PolicyResource resource) {
        return resource.item().compartment().member() || resource.disclosures().stream()
                .anyMatch(d -> d.recipient().equals(user.organisation()) && d.compartment().member());
    }

    /**
     * Whether taking the item into {@code targetCompartment} (a disclosure, or an item derived from
     * it) would break an embargo: its compartment is under embargo, the target is another
     * compartment, and the item is not a summary that the magistrate approved.
     */
    public static boolean leavesEmbargo(PolicyItem item, String targetCompartment) {
        return item.compartment().embargoed() && !item.compartment().id().equals(targetCompartment) && !item.approvedSummary();
    }

    /**
     * The partial evaluation of READ for every item of (or disclosed into) one compartment: which
     * of the flows disclosed into it to the user's organisation are still covered, and the other
     * parameters of the listing query.
     */
    public static VisibilityPredicate visibility(PolicyUser user, PolicyCompartment compartment,
                                                 Collection<DisclosedFlow> flows, ProtocolTerms terms, LocalDate today) {
        Set<String> grants = new HashSet<>();
        boolean member = compartment.member() && compartment.acknowledged();
        if (member && user.hasContentRole()) {
            for (DisclosedFlow flow : flows) {
                ProtocolAssessment assessment = terms.assess(
                        new DataFlow(flow.provider(), user.organisation(), flow.category(), flow.purpose(), today));
                if (assessment.covering().stream().anyMatch(p -> p.protocolId().equals(flow.protocolId()))) {
                    grants.add(flow.grantKey());
                }
            }
        }
        return new VisibilityPredicate(compartment.id(), member, compartment.kind().jointFile(),
                user.hasContentRole(), user.organisation(), user.clearedUpTo(today).ordinal(), grants);
    }

    private static Verdict read(PolicyRequest request, ProtocolTerms terms, LocalDate today, boolean purposeNeeded) {
        PolicyUser user = request.user();
        PolicyItem item = request.resource().item();
        PolicyCompartment home = item.compartment();
        Verdict verdict = new Verdict();
        if (!user.hasContentRole()) {
            verdict.deny(DenyReason.ROLE_NOT_ALLOWED);
        }
        boolean owner = item.owner().equals(user.organisation());
        List<PolicyDisclosure> ours = request.resource().disclosures().stream()
                .filter(d -> d.recipient().equals(user.organisation()) && d.compartment().member()).toList();
        if (home.member() && home.kind().jointFile()) {
            verdict.access(AccessPath.JOINT_FILE, home, home.kind().legalBasis(home.id()));
        } else if (home.member() && owner) {
            verdict.access(AccessPath.OWNER, home, home.kind().legalBasis(home.id()));
        } else {
            PolicyDisclosure granted = null;
            CoveringProtocol covering = null;
            List<Explanation> ended = new ArrayList<>();
            for (PolicyDisclosure d : ours) {
                if (d.revoked()) {
                    ended.add(new Explanation(DenyReason.DISCLOSURE_REVOKED, d.protocolReference(), d.protocolVersion()));
                    continue;
                }
                ProtocolAssessment assessment = terms.assess(
                        new DataFlow(d.provider(), d.recipient(), item.category(), d.purpose(), today));
                CoveringProtocol match = assessment.covering().stream()
                        .filter(p -> p.protocolId().equals(d.protocolId())).findFirst().orElse(null);
                if (match != null) {
                    granted = d;
                    covering = match;
                    break;
                }
                ended.add(new Explanation(DenyReason.PROTOCOL_ENDED, d.protocolReference(), d.protocolVersion()));
            }
            if (granted != null) {
                verdict.access(AccessPath.DISCLOSURE, granted.compartment(), granted.legalBasis());
                verdict.disclosure = granted;
                verdict.protocol = covering;
            } else if (!ours.isEmpty()) {
                ended.forEach(verdict::deny);
                verdict.place(ours.get(0).compartment(), ours.get(0).legalBasis());
            } else if (home.member()) {
                verdict.deny(DenyReason.OTHER_ORGANISATION);
                verdict.place(home, home.kind().legalBasis(home.id()));
            } else {
                verdict.deny(DenyReason.NOT_A_MEMBER);
                verdict.place(home, home.kind().legalBasis(home.id()));
            }
        }
        if ((home.member() && !home.acknowledged())
                || (verdict.disclosure != null && !verdict.disclosure.compartment().acknowledged())) {
            verdict.deny(DenyReason.CONFIDENTIALITY_NOT_ACKNOWLEDGED);
        }
        if (!user.clearance().allows(item.classification(), today)) {
            verdict.deny(DenyReason.CLEARANCE_TOO_LOW);
        }
        if (purposeNeeded) {
            purpose(verdict, request, ours);
        }
        return verdict;
    }

    private static void purpose(Verdict verdict, PolicyRequest request, List<PolicyDisclosure> ours) {
        String given = request.purpose();
        PolicyCompartment home = request.resource().item().compartment();
        if (given == null) {
            if (home.member()) {
                verdict.purpose = home.id();
            } else if (verdict.disclosure != null) {
                verdict.purpose = verdict.disclosure.compartment().id();
            } else {
                // the compartment of a disclosure to the user's organisation, even one revoked or ended:
                // the user works there, and the refusal is recorded with that purpose
                ours.stream().filter(d -> !d.revoked()).findFirst().or(() -> ours.stream().findFirst())
                        .ifPresentOrElse(d -> verdict.purpose = d.compartment().id(), () -> verdict.deny(DenyReason.PURPOSE_REQUIRED));
            }
            return;
        }
        boolean compartment = request.user().compartments().contains(given) || (home.member() && home.id().equals(given))
                || ours.stream().anyMatch(d -> d.compartment().id().equals(given));
        verdict.purpose = given;
        if (!compartment) {
            if (justification(given)) {
                verdict.justification = true;
            } else {
                verdict.deny(DenyReason.PURPOSE_REQUIRED);
            }
        }
    }

    private static Verdict write(PolicyRequest request, LocalDate today) {
        PolicyUser user = request.user();
        PolicyItem item = request.resource().item();
        PolicyCompartment home = item.compartment();
        Verdict verdict = new Verdict();
        verdict.place(home, home.kind().legalBasis(home.id()));
        if (!user.hasContentRole()) {
            verdict.deny(DenyReason.ROLE_NOT_ALLOWED);
        }
        if (!home.member()) {
            verdict.deny(DenyReason.NOT_A_MEMBER);
        } else if (!home.userRole().writes()) {
            verdict.deny(DenyReason.ROLE_NOT_ALLOWED);
        }
        if (home.member() && !home.kind().jointFile() && !item.owner().equals(user.organisation())) {
            verdict.deny(DenyReason.OTHER_ORGANISATION);
        }
        if (home.member() && !home.acknowledged()) {
            verdict.deny(DenyReason.CONFIDENTIALITY_NOT_ACKNOWLEDGED);
        }
        if (!user.clearance().allows(item.classification(), today)) {
            verdict.deny(DenyReason.CLEARANCE_TOO_LOW);
        }
        purpose(verdict, request, List.of());
        return verdict;
    }

    private static Verdict disclose(PolicyRequest request, ProtocolTerms terms, LocalDate today) {
        PolicyTarget target = request.resource().target();
        if (target == null) {
            throw new IllegalArgumentException("A disclosure needs a target: recipient and compartment");
        }
        PolicyUser user = request.user();
        PolicyItem item = request.resource().item();
        String organisation = user.organisation();
        Verdict read = read(request, terms, today, false);
        Verdict verdict = new Verdict();
        read.explanations.forEach(verdict::deny);
        verdict.place(target.compartment(), read.legalBasis);

        if (item.owner().equals(organisation)) {
            CompartmentRole role = item.compartment().userRole();
            if (role == null || !role.writes()) {
                verdict.deny(DenyReason.NOT_ALLOWED_TO_DISCLOSE);
            }
        } else {
            // received: whatever path the read takes (a KALI dossier member may also have received it
            // by disclosure), and MANAGER or MEMBER in one of the compartments it was received in
            List<PolicyDisclosure> received = granting(request, terms, today);
            if (received.isEmpty()) {
                verdict.deny(DenyReason.NOT_ALLOWED_TO_DISCLOSE);
            } else {
                if (received.stream().map(d -> d.compartment().userRole()).noneMatch(r -> r != null && r.writes())) {
                    verdict.deny(DenyReason.NOT_ALLOWED_TO_DISCLOSE);
                }
                if (!item.handlingCode().allowsOnwardDisclosure()) {
                    verdict.deny(DenyReason.HANDLING_CODE);
                }
            }
        }

        if (leavesEmbargo(item, target.compartment().id())) {
            verdict.deny(DenyReason.EMBARGO);
        }

        boolean sameOrganisation = target.recipient().equals(organisation);
        if (sameOrganisation) {
            verdict.deny(DenyReason.SAME_ORGANISATION);
        }
        String purpose = request.purpose();
        verdict.purpose = purpose;
        boolean knownPurpose = purpose != null && terms.knowsPurpose(purpose);
        if (purpose == null) {
            verdict.deny(DenyReason.PURPOSE_REQUIRED);
        } else if (!knownPurpose) {
            verdict.deny(DenyReason.PURPOSE_UNKNOWN);
        }
        if (!target.compartment().member()) {
            verdict.deny(DenyReason.NOT_A_MEMBER);
        }
        if (!target.recipientInCompartment()) {
            verdict.deny(DenyReason.RECIPIENT_NOT_IN_COMPARTMENT);
        }
        if (target.compartment().member() && !target.compartment().acknowledged()) {
            verdict.deny(DenyReason.CONFIDENTIALITY_NOT_ACKNOWLEDGED);
        }
        if (!sameOrganisation && knownPurpose) {
            ProtocolAssessment assessment = terms.assess(new DataFlow(organisation, target.recipient(), item.category(), purpose, today));
            verdict.assessment = assessment;
            if (assessment.covered()) {
                CoveringProtocol chosen = assessment.covering().stream()
                        .max(Comparator.comparing(CoveringProtocol::validTo).thenComparing(CoveringProtocol::protocolId))
                        .orElseThrow();
                verdict.protocol = chosen;
                verdict.legalBasis = reference(chosen.reference(), chosen.protocolId()) + " v" + chosen.version();
            } else {
                List<ProtocolMiss> naming = assessment.misses().stream().filter(ProtocolMiss::namesRecipient).toList();
                if (naming.isEmpty()) {
                    verdict.deny(DenyReason.NO_PROTOCOL);
                } else {
                    for (ProtocolMiss miss : naming) {
                        String reference = reference(miss.reference(), miss.protocolId());
                        miss.reasons().forEach(r -> verdict.deny(new Explanation(DenyReason.of(r), reference, miss.version())));
                    }
                    ProtocolMiss first = naming.get(0);
                    verdict.legalBasis = reference(first.reference(), first.protocolId()) + " v" + first.version();
                }
            }
        }
        return verdict;
    }

    /**
     * The disclosures of the item to the user's organisation, in compartments the user is a member
     * of, not revoked, whose protocol still covers them today.
     */
    private static List<PolicyDisclosure> granting(PolicyRequest request, ProtocolTerms terms, LocalDate today) {
        PolicyUser user = request.user();
        PolicyItem item = request.resource().item();
        return request.resource().disclosures().stream()
                .filter(d -> d.recipient().equals(user.organisation()) && d.compartment().member() && !d.revoked())
                .filter(d -> terms.assess(new DataFlow(d.provider(), d.recipient(), item.category(), d.purpose(), today))
                        .covering().stream().anyMatch(p -> p.protocolId().equals(d.protocolId())))
                .toList();
    }

    private static String reference(String reference, String protocolId) {
        return reference == null ? protocolId : reference;
    }

    /** The decision being built. */
    private static final class Verdict {

        private final Set<Explanation> explanations = new LinkedHashSet<>();
        private CoveringProtocol protocol;
        private String purpose;
        private boolean justification;
        private String legalBasis;
        private String compartment;
        private AccessPath access;
        private PolicyDisclosure disclosure;
        private ProtocolAssessment assessment;

        void deny(DenyReason reason) {
            explanations.add(Explanation.of(reason));
        }

        void deny(Explanation explanation) {
            explanations.add(explanation);
        }

        void access(AccessPath path, PolicyCompartment where, String basis) {
            this.access = path;
            place(where, basis);
        }

        void place(PolicyCompartment where, String basis) {
            this.compartment = where.id();
            this.legalBasis = basis;
        }

        PolicyDecision decision() {
            List<DenyReason> reasons = explanations.stream().map(Explanation::reason).distinct().toList();
            return new PolicyDecision(reasons.isEmpty(), reasons, protocol, purpose, justification, legalBasis, compartment,
                    access, disclosure == null ? null : disclosure.id(), List.copyOf(explanations), assessment);
        }
    }
}
