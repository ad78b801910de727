package be.stroomplan.protocols;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.stream.Collectors;

import be.stroomplan.audit.AuditAction;
import be.stroomplan.audit.AuditOutcome;
import be.stroomplan.audit.AuditRecord;
import be.stroomplan.audit.AuditTrail;
import be.stroomplan.platform.Actor;
import be.stroomplan.platform.CurrentActor;
import be.stroomplan.protocols.internal.PurposeStore;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The policy decision point (DESIGN.md §4): one component answers whether a user may read, write
 * or disclose an information item, and why not. The policy enforcement point (the module that
 * holds the item) gathers the attributes (user, item, compartments, disclosures) into a
 * {@link PolicyRequest}; this service runs the pure {@link PolicyRules} on the protocol register
 * (coverage cached per flow and day, see {@link CoverageCache}) and audits every decision.
 * <p>
 * <b>Audit.</b> A permitted READ or DISCLOSE is recorded as READ or DISCLOSE, a permitted WRITE as
 * UPDATE, all with outcome SUCCESS, in the caller's transaction when it is a read-write one (so
 * that it commits or rolls back with the change); a refusal as DENIED with outcome DENIED, always
 * in a transaction of its own (the caller's rolls back when it throws the refusal). The record
 * names the item, the compartment, the purpose, the legal basis ("&lt;protocol reference&gt;
 * v&lt;version&gt;" when a protocol is involved, else the compartment's), the recipient of a
 * disclosure and, in its details, the reason codes.
 */
@Service
public class PolicyDecisionPoint {

    /** Dates of protocols and clearances are Belgian calendar days. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

    private final ProtocolCoverage coverage;
    private final CoverageCache cache;
    private final PurposeStore purposes;
    private final AuditTrail audit;
    private final TransactionTemplate ownTransaction;
    private final Clock clock = Clock.system(ZONE);
    private final ProtocolTerms terms;

    PolicyDecisionPoint(ProtocolCoverage coverage, CoverageCache cache, PurposeStore purposes, AuditTrail audit,
                        PlatformTransactionManager transactions) {
        this.coverage = coverage;
        this.cache = cache;
        this.purposes = purposes;
        this.audit = audit;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_NOT_SUPPORTED);
        this.terms = new ProtocolTerms() {
            @Override
            public ProtocolAssessment assess(DataFlow flow) {
                return PolicyDecisionPoint.this.assess(flow);
            }

            @Override
            public boolean knowsPurpose(String code) {
                return purposes.find(code).isPresent();
            }
        };
    }

    /** Decides and audits. */
    public PolicyDecision decide(PolicyRequest request) {
        PolicyDecision decision = PolicyRules.decide(request, terms, today());
        record(request, decision);
        return decision;
    }

    /** {@link PolicyRules#mayKnow}: whether the user may learn that the item exists at all. */
    public boolean mayKnow(PolicyUser user, PolicyResource resource) {
        return PolicyRules.mayKnow(user, resource);
    }

    /**
     * The partial evaluation of READ for listing one compartment (see {@link VisibilityPredicate}).
     * Not audited here: the caller audits the page it reads with it.
     */
    public VisibilityPredicate visibility(PolicyUser user, PolicyCompartment compartment, Collection<DisclosedFlow> flows) {
        return PolicyRules.visibility(user, compartment, flows, terms, today());
    }

    /** The coverage of a flow, from the cache when it is on. */
    public ProtocolAssessment assess(DataFlow flow) {
        return cache.get(flow, coverage::assess);
    }

    /** The live terms of the register, as the rules see them. */
    public ProtocolTerms terms() {
        return terms;
    }

    /** Turns the coverage cache on or off (for benchmarks: decision latency cached and uncached). */
    public void coverageCache(boolean enabled) {
        cache.enabled(enabled);
    }

    /** Today in Belgium. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    private void record(PolicyRequest request, PolicyDecision decision) {
        PolicyUser user = request.user();
        AuditAction action = !decision.permitted() ? AuditAction.DENIED : switch (request.action()) {
            case READ -> AuditAction.READ;
            case DISCLOSE -> AuditAction.DISCLOSE;
            case WRITE -> AuditAction.UPDATE;
        };
        String details = request.action() + (decision.permitted() ? " permitted" : " denied: "
                + decision.reasons().stream().map(Enum::name).collect(Collectors.joining(", ")))
                + (decision.access() != null && decision.permitted() ? " (" + decision.access()
                        + (decision.disclosure() != null ? " " + decision.disclosure() : "") + ")" : "")
                + (request.note() != null ? "; " + request.note() : "");
        AuditRecord.Builder builder = AuditRecord.of(action)
                .object("ITEM", request.resource().item().id())
                .compartment(decision.compartment())
                .purpose(decision.auditPurpose())
                .legalBasis(decision.legalBasis())
                .outcome(decision.permitted() ? AuditOutcome.SUCCESS : AuditOutcome.DENIED)
                .details(details)
                .actor(new Actor(user.username(), user.organisation(), CurrentActor.clientAddress()));
        if (request.action() == PolicyAction.DISCLOSE && request.resource().target() != null) {
            builder.recipients(request.resource().target().recipient());
        }
        AuditRecord record = builder.build();
        if (decision.permitted()) {
            audit.record(record);
        } else {
            ownTransaction.executeWithoutResult(status -> audit.record(record));
        }
    }
}
