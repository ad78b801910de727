package be.stroomplan.subjects.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import be.stroomplan.audit.AuditAction;
import be.stroomplan.audit.AuditRecord;
import be.stroomplan.audit.AuditTrail;
import be.stroomplan.partners.UserProfile;
import be.stroomplan.subjects.IdentifierType;
import be.stroomplan.subjects.PostalAddress;
import be.stroomplan.subjects.Relation;
import be.stroomplan.subjects.RelationType;
import be.stroomplan.subjects.Subject;
import be.stroomplan.subjects.SubjectIdentifier;
import be.stroomplan.subjects.SubjectPage;
import be.stroomplan.subjects.SubjectRegister;
import be.stroomplan.subjects.SubjectSummary;
import be.stroomplan.subjects.SubjectType;

import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The FtM export of a compartment ({@code GET /api/v1/exports/ftm}): every subject of it the user
 * may read, as an FtM entity, and the relations between them, as FtM relationship entities, one
 * JSON object a line. Read through the register (so with its policy and a purpose), and recorded
 * as one EXPORT in the audit trail with the counts.
 */
@Service
public class FtmExport {

    private final SubjectRegister register;
    private final AuditTrail audit;
    private final JsonMapper json;

    FtmExport(SubjectRegister register, AuditTrail audit, JsonMapper json) {
        this.register = register;
        this.audit = audit;
        this.json = json;
    }

    /** What will be written: the subjects and relations, gathered before the response starts. */
    public record Export(List<Map<String, Object>> entities, int subjects, int relations) {
    }

    public Export export(UserProfile user, String compartment, String purpose) {
        Map<UUID, Subject> subjects = new LinkedHashMap<>();
        int page = 0;
        SubjectPage result;
        do {
            result = register.compartment(user, compartment, purpose, page++, SubjectRegister.MAX_PAGE);
            Set<UUID> ids = result.items().stream().map(SubjectSummary::id).collect(Collectors.toSet());
            Map<UUID, Subject> readable = register.readableSubjects(user, ids);
            result.items().forEach(s -> {
                if (readable.containsKey(s.id())) {
                    subjects.put(s.id(), readable.get(s.id()));
                }
            });
        } while (page < result.totalPages());
        Map<UUID, Relation> relations = new LinkedHashMap<>();
        for (Subject subject : subjects.values()) {
            for (Relation relation : register.relations(user, subject)) {
                if (subjects.containsKey(relation.source()) && subjects.containsKey(relation.target())) {
                    relations.putIfAbsent(relation.id(), relation);
                }
            }
        }
        List<Map<String, Object>> entities = new java.util.ArrayList<>();
        Map<UUID, Map<String, List<String>>> properties = new HashMap<>();
        for (Subject subject : subjects.values()) {
            Ftm.schema(subject.type()).ifPresent(schema -> {
                Map<String, List<String>> p = thing(subject);
                properties.put(subject.id(), p);
                entities.add(entity(subject.id().toString(), schema, p));
            });
        }
        int links = 0;
        for (Relation relation : relations.values()) {
            Subject source = subjects.get(relation.source());
            Subject target = subjects.get(relation.target());
            if (relation.type() == RelationType.USES_PHONE || relation.type() == RelationType.USES_EMAIL) {
                // no FtM entity: the phone or address becomes a property of its user
                Map<String, List<String>> p = properties.get(source.id());
                if (p != null) {
                    Ftm.put(p, relation.type() == RelationType.USES_PHONE ? "phone" : "email", identifier(target,
                            relation.type() == RelationType.USES_PHONE ? IdentifierType.PHONE : IdentifierType.EMAIL));
                }
                continue;
            }
            if (!properties.containsKey(source.id()) || !properties.containsKey(target.id())) {
                continue;
            }
            Ftm.LinkSchema schema = Ftm.linkSchema(relation.type());
            Map<String, List<String>> p = Ftm.properties();
            Ftm.put(p, schema.sourceProperty(), source.id().toString());
            Ftm.put(p, schema.targetProperty(), target.id().toString());
            Ftm.put(p, "startDate", relation.from() == null ? null : relation.from().toString());
            Ftm.put(p, "endDate", relation.to() == null ? null : relation.to().toString());
            if ("UnknownLink".equals(schema.schema()) || "Ownership".equals(schema.schema())) {
                Ftm.put(p, "role", relation.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
            }
            entities.add(entity(relation.id().toString(), schema.schema(), p));
            links++;
        }
        UUID compartmentId = UUID.fromString(compartment.trim());
        audit.record(AuditRecord.of(AuditAction.EXPORT).object("COMPARTMENT", compartmentId).compartment(compartmentId)
                .purpose(purpose == null || purpose.isBlank() ? compartmentId.toString() : purpose.trim())
                .details("FtM export: " + (entities.size() - links) + " entities, " + links + " relationships").build());
        return new Export(entities, entities.size() - links, links);
    }

    public void write(Export export, OutputStream out) {
        try {
            for (Map<String, Object> entity : export.entities()) {
                out.write(json.writeValueAsString(entity).getBytes(StandardCharsets.UTF_8));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> entity(String id, String schema, Map<String, List<String>> properties) {
        Map<String, Object> entity = new LinkedHashMap<>();
        entity.put("id", id);
        entity.put("schema", schema);
        entity.put("properties", properties);
        return entity;
    }

    private static Map<String, List<String>> thing(Subject s) {
        Map<String, List<String>> p = Ftm.properties();
        Ftm.put(p, "name", s.name());
        for (PostalAddress address : s.addresses()) {
            Ftm.put(p, s.type() == SubjectType.ADDRESS ? "full" : "address", line(address));
        }
        switch (s.type()) {
            case PERSON -> {
                Ftm.put(p, "birthDate", s.birthDate() == null ? null : s.birthDate().toString());
                Ftm.put(p, "birthPlace", s.birthPlace());
                Ftm.put(p, "nationality", s.nationality() == null ? null : s.nationality().toLowerCase(java.util.Locale.ROOT));
                Ftm.put(p, "nationalId", identifier(s, IdentifierType.NATIONAL_NUMBER));
                Ftm.put(p, "phone", identifier(s, IdentifierType.PHONE));
                Ftm.put(p, "email", identifier(s, IdentifierType.EMAIL));
            }
            case COMPANY -> {
                Ftm.put(p, "legalForm", s.legalForm());
                Ftm.put(p, "registrationNumber", identifier(s, IdentifierType.ENTERPRISE_NUMBER));
                Ftm.put(p, "jurisdiction", identifier(s, IdentifierType.ENTERPRISE_NUMBER) == null ? null : "be");
                s.naceCodes().forEach(code -> Ftm.put(p, "sector", code));
                Ftm.put(p, "phone", identifier(s, IdentifierType.PHONE));
                Ftm.put(p, "email", identifier(s, IdentifierType.EMAIL));
            }
            case ADDRESS -> {
                if (!s.addresses().isEmpty()) {
                    PostalAddress a = s.addresses().get(0);
                    Ftm.put(p, "street", (a.street() + " " + a.number() + (a.box() == null || a.box().isBlank() ? "" : " bus " + a.box())));
                    Ftm.put(p, "postalCode", a.postcode());
                    Ftm.put(p, "city", a.municipality());
                    Ftm.put(p, "country", "be");
                }
            }
            case VEHICLE -> Ftm.put(p, "registrationNumber", identifier(s, IdentifierType.PLATE));
            case VESSEL -> Ftm.put(p, "imoNumber", identifier(s, IdentifierType.IMO));
            case BANK_ACCOUNT -> Ftm.put(p, "iban", identifier(s, IdentifierType.IBAN));
            default -> {
            }
        }
        return p;
    }

    private static String line(PostalAddress a) {
        return a.street() + " " + a.number() + (a.box() == null || a.box().isBlank() ? "" : " bus " + a.box()) + ", "
                + a.postcode() + " " + a.municipality();
    }

    private static String identifier(Subject s, IdentifierType type) {
        return s.identifiers().stream().filter(i -> i.type() == type).map(SubjectIdentifier::display).findFirst().orElse(null);
    }
}
