/**
 * Protocols: the register of the legal agreements (art. 20 of the Belgian data protection act of
 * 30 July 2018) under which one organisation provides data of certain categories, for certain
 * purposes, to other organisations, with their versions and lifecycle (draft, active, suspended,
 * expired, terminated, superseded), their DPO opinions and signatories, and a public list of the
 * active ones.
 * <p>
 * Its public API is {@link be.stroomplan.protocols.ProtocolCoverage}: does an active protocol
 * version cover a {@link be.stroomplan.protocols.DataFlow}, and if not, why not. Lifecycle changes
 * are published as past-tense events ({@link be.stroomplan.protocols.ProtocolActivated},
 * {@link be.stroomplan.protocols.ProtocolSuspended}, {@link be.stroomplan.protocols.ProtocolTerminated},
 * {@link be.stroomplan.protocols.ProtocolExpired}). Functional administrators manage protocols; the
 * DPO reads all of them; other users read those their organisation is party to.
 * <p>
 * It also holds the policy decision point: {@link be.stroomplan.protocols.PolicyDecisionPoint}
 * decides (and audits) whether a user may read, write or disclose an information item, and why
 * not ({@link be.stroomplan.protocols.DenyReason}); the rules themselves are the pure
 * {@link be.stroomplan.protocols.PolicyRules}. The module holding the content gathers the
 * attributes ({@link be.stroomplan.protocols.PolicyRequest}), so this module depends on none of
 * the content modules.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Protocols", allowedDependencies = { "platform", "partners", "audit" })
package be.stroomplan.protocols;
