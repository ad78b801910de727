package be.stroomplan.audit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import be.stroomplan.platform.Actor;

/**
 * One event for the audit trail: who (the actor; {@code null} means the current actor), did what
 * ({@link #action}) to which object, in which compartment, for which purpose and on which legal
 * basis (a law article or a protocol reference), shared with which recipients, with which outcome.
 * <p>
 * Build one with {@link #of(AuditAction)}:
 * <pre>{@code
 * auditTrail.record(AuditRecord.of(AuditAction.READ)
 *         .object("SUBJECT", subjectId)
 *         .compartment(dossierId)
 *         .purpose("KALI_ONDERZOEK")
 *         .build());
 * }</pre>
 *
 * @param action what was done; required
 * @param objectType the kind of object (e.g. SUBJECT, DOSSIER, ITEM, USER, AUDIT)
 * @param objectId the object's id
 * @param compartment the compartment (dossier, case, action, organisation) the object lives in
 * @param purpose the purpose of the processing
 * @param legalBasis the legal basis or the protocol reference
 * @param recipients the organisations (or users) the data went to, never {@code null}
 * @param outcome how it ended; {@link AuditOutcome#SUCCESS} when not given
 * @param details a short free text; never personal data beyond what identifies the object
 * @param actor who acted; {@code null} to take {@link be.stroomplan.platform.CurrentActor#get()}
 *        when the record is written
 */
public record AuditRecord(AuditAction action, String objectType, String objectId, String compartment,
        String purpose, String legalBasis, List<String> recipients, AuditOutcome outcome, String details,
        Actor actor) {

    public AuditRecord {
        Objects.requireNonNull(action, "action");
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        outcome = outcome == null ? AuditOutcome.SUCCESS : outcome;
    }

    /** Starts a record of the given action. */
    public static Builder of(AuditAction action) {
        return new Builder(action);
    }

    /** A builder; every field but the action is optional. */
    public static final class Builder {

        private final AuditAction action;
        private String objectType;
        private String objectId;
        private String compartment;
        private String purpose;
        private String legalBasis;
        private final List<String> recipients = new ArrayList<>();
        private AuditOutcome outcome = AuditOutcome.SUCCESS;
        private String details;
        private Actor actor;

        private Builder(AuditAction action) {
            this.action = Objects.requireNonNull(action, "action");
        }

        public Builder object(String type, Object id) {
            this.objectType = type;
            this.objectId = id == null ? null : id.toString();
            return this;
        }

        public Builder objectType(String objectType) {
            this.objectType = objectType;
            return this;
        }

        public Builder objectId(Object objectId) {
            this.objectId = objectId == null ? null : objectId.toString();
            return this;
        }

        public Builder compartment(Object compartment) {
            this.compartment = compartment == null ? null : compartment.toString();
            return this;
        }

        public Builder purpose(String purpose) {
            this.purpose = purpose;
            return this;
        }

        public Builder legalBasis(String legalBasis) {
            this.legalBasis = legalBasis;
            return this;
        }

        public Builder recipients(String... recipients) {
            return recipients(Arrays.asList(recipients));
        }

        public Builder recipients(Collection<String> recipients) {
            recipients.stream().filter(Objects::nonNull).forEach(this.recipients::add);
            return this;
        }

        public Builder outcome(AuditOutcome outcome) {
            this.outcome = outcome;
            return this;
        }

        public Builder details(String details) {
            this.details = details;
            return this;
        }

        /** Acts on behalf of this actor instead of the current one (logins, jobs). */
        public Builder actor(Actor actor) {
            this.actor = actor;
            return this;
        }

        public AuditRecord build() {
            return new AuditRecord(action, objectType, objectId, compartment, purpose, legalBasis, recipients,
                    outcome, details, actor);
        }
    }
}
