/**
 * Retention: how long each kind of content is kept (schedules per data category and compartment
 * kind, from the protocol register and from configuration), legal holds that freeze a
 * compartment against purging, and the nightly purge that deletes expired content together with
 * everything derived from it, leaving a proof row per class of data in the audit trail.
 * <p>
 * Modules that keep content take part by declaring a {@link be.stroomplan.retention.Purgeable}
 * bean; this module calls them and depends on none of them. Its public API is
 * {@link be.stroomplan.retention.RetentionSchedules}, {@link be.stroomplan.retention.LegalHolds}
 * and {@link be.stroomplan.retention.RetentionPurge}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Retention",
        allowedDependencies = { "platform", "partners", "audit", "protocols" })
package be.stroomplan.retention;
