/**
 * The audit trail: an append-only, hash-chained log of every read, search, write, disclosure,
 * export, deconfliction, denial and login (Directive (EU) 2016/680, art. 25), and its
 * verification.
 * <p>
 * Its public API is {@link be.stroomplan.audit.AuditTrail} (record an event, in the caller's
 * transaction), {@link be.stroomplan.audit.AuditRecord}, {@link be.stroomplan.audit.AuditAction},
 * {@link be.stroomplan.audit.AuditOutcome} and {@link be.stroomplan.audit.AuditVerifier}. Other
 * modules never touch its tables.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package be.stroomplan.audit;
