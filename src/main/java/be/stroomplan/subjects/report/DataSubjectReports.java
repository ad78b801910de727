package be.stroomplan.subjects.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import be.stroomplan.audit.AuditAccesses;
import be.stroomplan.audit.AuditAction;
import be.stroomplan.audit.AuditRecord;
import be.stroomplan.audit.AuditTrail;
import be.stroomplan.platform.CurrentActor;
import be.stroomplan.protocols.DataCategory;
import be.stroomplan.retention.LegalHolds;
import be.stroomplan.sharing.Compartment;
import be.stroomplan.sharing.Compartments;
import be.stroomplan.sharing.InformationItems;
import be.stroomplan.sharing.ItemMention;
import be.stroomplan.subjects.IdentifierCheck;
import be.stroomplan.subjects.IdentifierType;
import be.stroomplan.subjects.Identifiers;
import be.stroomplan.subjects.report.DataSubjectReport.Restriction;
import be.stroomplan.subjects.report.DataSubjectReport.SubjectRecord;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Builds the data-subject report for a national register number (see {@link DataSubjectReport}).
 * The DPO runs it on a person's request; the run is audited with the records it covers as
 * objects, never with the number itself.
 * <p>
 * Restriction flags (Directive 2016/680 art. 15, Belgian data protection act of 30 July 2018):
 * {@code OPEN_INVESTIGATION} for records and items in a KALI dossier that is not closed (15.1 a
 * and b: not to obstruct inquiries or prejudice investigations); {@code LEGAL_HOLD} for those in a
 * compartment a magistrate froze (15.1 b); {@code PROTECTION_OF_OTHERS} for records of the person
 * as informant, witness or victim (15.1 e: the rights and freedoms of others);
 * {@code INDIRECT_ACCESS_POLICE} for police and judicial data, to which access goes through the
 * supervisory body for police information (COC), not directly (act of 30 July 2018, art. 42).
 */
@Service
public class DataSubjectReports {

    private final JdbcClient jdbc;
    private final InformationItems items;
    private final Compartments compartments;
    private final LegalHolds holds;
    private final AuditAccesses accesses;
    private final AuditTrail audit;

    DataSubjectReports(JdbcClient jdbc, InformationItems items, Compartments compartments, LegalHolds holds,
                       AuditAccesses accesses, AuditTrail audit) {
        this.jdbc = jdbc;
        this.items = items;
        this.compartments = compartments;
        this.holds = holds;
        this.accesses = accesses;
        this.audit = audit;
    }

    /** The report, or the validator's refusal of the number ({@link InvalidReportRequest}). */
    public DataSubjectReport forNationalNumber(String input) {
        IdentifierCheck check = Identifiers.check(IdentifierType.NATIONAL_NUMBER, input);
        if (!(check instanceof IdentifierCheck.Valid valid)) {
            throw new InvalidReportRequest((IdentifierCheck.Invalid) check);
        }
        String number = valid.value();
        Map<UUID, Compartment> seen = new LinkedHashMap<>();
        List<SubjectRecord> records = records(number, seen);
        List<ItemMention> mentions = items.about(records.stream().map(SubjectRecord::id).toList());
        mentions.forEach(m -> compartment(m.compartment(), seen));
        List<String> objects = new ArrayList<>();
        records.forEach(r -> objects.add(r.id().toString()));
        mentions.forEach(m -> objects.add(m.item().toString()));
        var accessed = accesses.of(objects);
        String dpo = CurrentActor.get().username();
        audit.record(AuditRecord.of(AuditAction.EXPORT).object("DATA_SUBJECT_REPORT", String.join(",", objects))
                .purpose("data-subject access request").legalBasis("Directive 2016/680 art. 14; GDPR art. 15")
                .details(records.size() + " records, " + mentions.size() + " items, " + accessed.size() + " access lines")
                .build());
        return new DataSubjectReport(number, Instant.now(), dpo, records, mentions, accessed,
                restrictions(records, mentions, seen, holds.heldCompartments()));
    }

    private List<SubjectRecord> records(String number, Map<UUID, Compartment> seen) {
        return jdbc.sql("""
                SELECT s.id, s.compartment_id, s.owner_org, s.category, s.name, s.birth_date, s.created_by, s.created_at,
                       (SELECT array_agg(i.type || ' ' || i.display ORDER BY i.type, i.display)
                        FROM subject_identifier i WHERE i.subject_id = s.id) AS identifiers,
                       (SELECT count(*) FROM subject_relation r WHERE r.source_id = s.id OR r.target_id = s.id) AS relations
                FROM subject s
                WHERE s.id IN (SELECT subject_id FROM subject_identifier WHERE type = 'NATIONAL_NUMBER' AND value = ?)
                ORDER BY s.created_at""")
                .param(number)
                .query((rs, row) -> {
                    UUID compartmentId = rs.getObject("compartment_id", UUID.class);
                    Optional<Compartment> compartment = compartment(compartmentId, seen);
                    java.sql.Array identifiers = rs.getArray("identifiers");
                    return new SubjectRecord(rs.getObject("id", UUID.class), compartmentId,
                            compartment.map(c -> c.kind().name()).orElse(null), compartment.map(Compartment::title).orElse(null),
                            rs.getString("owner_org"), rs.getString("category"), rs.getString("name"),
                            rs.getObject("birth_date", java.time.LocalDate.class),
                            identifiers == null ? List.of() : List.of((String[]) identifiers.getArray()),
                            rs.getLong("relations"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
                })
                .list();
    }

    private Optional<Compartment> compartment(UUID id, Map<UUID, Compartment> seen) {
        if (!seen.containsKey(id)) {
            compartments.find(id).ifPresent(c -> seen.put(id, c));
        }
        return Optional.ofNullable(seen.get(id));
    }

    static List<Restriction> restrictions(List<SubjectRecord> records, List<ItemMention> mentions,
                                          Map<UUID, Compartment> compartments, Set<UUID> held) {
        List<String> investigation = new ArrayList<>();
        List<String> hold = new ArrayList<>();
        List<String> others = new ArrayList<>();
        List<String> police = new ArrayList<>();
        for (SubjectRecord record : records) {
            String id = "subject " + record.id();
            if (openDossier(compartments.get(record.compartment()))) {
                investigation.add(id);
            }
            if (held.contains(record.compartment())) {
                hold.add(id);
            }
            if (Set.of("INFORMANT", "WITNESS", "VICTIM").contains(record.category())) {
                others.add(id);
            }
        }
        for (ItemMention item : mentions) {
            String id = "item " + item.item();
            if (openDossier(compartments.get(item.compartment()))) {
                investigation.add(id);
            }
            if (held.contains(item.compartment())) {
                hold.add(id);
            }
            if (item.category() == DataCategory.POLICE || item.category() == DataCategory.JUDICIAL) {
                police.add(id);
            }
        }
        List<Restriction> restrictions = new ArrayList<>();
        add(restrictions, "OPEN_INVESTIGATION", "Directive 2016/680 art. 15.1 a-b", investigation);
        add(restrictions, "LEGAL_HOLD", "Directive 2016/680 art. 15.1 b", hold);
        add(restrictions, "PROTECTION_OF_OTHERS", "Directive 2016/680 art. 15.1 e", others);
        add(restrictions, "INDIRECT_ACCESS_POLICE", "Act of 30 July 2018 art. 42 (access through the COC)", police);
        return restrictions;
    }

    private static boolean openDossier(Compartment compartment) {
        return compartment != null && compartment.kind().jointFile() && compartment.closedAt() == null;
    }

    private static void add(List<Restriction> restrictions, String code, String article, List<String> concerns) {
        if (!concerns.isEmpty()) {
            restrictions.add(new Restriction(code, article, List.copyOf(concerns)));
        }
    }
}
