package be.stroomplan.subjects.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import be.stroomplan.audit.AuditAccesses.ObjectAccess;
import be.stroomplan.sharing.ItemMention;

/**
 * What the platform holds about one person and who saw it (the right of access, Directive
 * 2016/680 art. 14 and the GDPR art. 15), for the DPO: the subject records with that national
 * register number, the items that concern them (metadata only), every access to either, and
 * where the law allows the controller to restrict the access ({@link Restriction}).
 */
public record DataSubjectReport(String nationalNumber, Instant generatedAt, String generatedBy, List<SubjectRecord> records,
                                List<ItemMention> items, List<ObjectAccess> accesses, List<Restriction> restrictions) {

    /** One record of the person, as one partner recorded it, in one compartment. */
    public record SubjectRecord(UUID id, UUID compartment, String compartmentKind, String compartmentTitle,
                                String ownerOrganisation, String category, String name, LocalDate birthDate,
                                List<String> identifiers, long relations, String createdBy, Instant createdAt) {
    }

    /**
     * A ground on which the controller may restrict the access, with the article and the records
     * or items it concerns. A flag for the DPO's decision, not the decision.
     */
    public record Restriction(String code, String article, List<String> concerns) {
    }
}
