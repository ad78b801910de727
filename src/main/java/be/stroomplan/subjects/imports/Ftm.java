package be.stroomplan.subjects.imports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import be.stroomplan.subjects.IdentifierType;
import be.stroomplan.subjects.RelationType;
import be.stroomplan.subjects.SubjectDraft;
import be.stroomplan.subjects.SubjectDraft.AddressInput;
import be.stroomplan.subjects.SubjectDraft.IdentifierInput;
import be.stroomplan.subjects.SubjectType;

import tools.jackson.databind.JsonNode;

/**
 * The mapping between the register and FollowTheMoney (FtM), the entity model of OpenSanctions
 * and Aleph: an entity is {@code {"id", "schema", "properties": {name: [values]}}}.
 * <p>
 * Things: Person, Company (also read: Organization, LegalEntity), Address, Vehicle, Vessel and
 * BankAccount map to subject types. Phones and e-mail addresses are no FtM entities: they travel
 * as the {@code phone} and {@code email} properties of the person or company that uses them, and
 * containers, which FtM does not model, are not exported. Links: Directorship, Ownership, Family,
 * Associate, Employment and UnknownLink map to relation types (docs/IMPORTS.md has the table).
 * Dates must be whole (YYYY-MM-DD): a partial FtM date (a year, a month) is left out, never
 * completed by a guess.
 */
final class Ftm {

    private Ftm() {
    }

    /** A link read from an FtM relationship entity: its two ends by entity id, a type and a period. */
    record Link(String source, String target, RelationType type, LocalDate from, LocalDate to) {
    }

    /** The schema of the relationship entity for a relation type, with its two entity properties. */
    record LinkSchema(String schema, String sourceProperty, String targetProperty) {
    }

    static LinkSchema linkSchema(RelationType type) {
        return switch (type) {
            case DIRECTOR_OF -> new LinkSchema("Directorship", "director", "organization");
            case SHAREHOLDER_OF, OWNS, OWNS_VEHICLE, HOLDS_ACCOUNT -> new LinkSchema("Ownership", "owner", "asset");
            case FAMILY -> new LinkSchema("Family", "person", "relative");
            case ASSOCIATE -> new LinkSchema("Associate", "person", "associate");
            case EMPLOYS -> new LinkSchema("Employment", "employer", "employee");
            default -> new LinkSchema("UnknownLink", "subject", "object");
        };
    }

    /** The FtM schema of a subject type; empty for the types FtM has no entity for. */
    static Optional<String> schema(SubjectType type) {
        return Optional.ofNullable(switch (type) {
            case PERSON -> "Person";
            case COMPANY -> "Company";
            case ADDRESS -> "Address";
            case VEHICLE -> "Vehicle";
            case VESSEL -> "Vessel";
            case BANK_ACCOUNT -> "BankAccount";
            case PHONE, EMAIL, CONTAINER -> null;
        });
    }

    /** Whether an FtM schema is a link the import reads. */
    static boolean isLink(String schema) {
        return switch (schema) {
            case "Directorship", "Ownership", "Family", "Associate", "Employment", "UnknownLink" -> true;
            default -> false;
        };
    }

    /** A relationship entity as a link; empty when an end is missing. */
    static Optional<Link> link(String schema, JsonNode properties) {
        record Ends(String source, String target, RelationType type) {
        }
        Ends ends = switch (schema) {
            case "Directorship" -> new Ends("director", "organization", RelationType.DIRECTOR_OF);
            case "Ownership" -> new Ends("owner", "asset", RelationType.OWNS);
            case "Family" -> new Ends("person", "relative", RelationType.FAMILY);
            case "Associate" -> new Ends("person", "associate", RelationType.ASSOCIATE);
            case "Employment" -> new Ends("employer", "employee", RelationType.EMPLOYS);
            default -> new Ends("subject", "object", RelationType.UNKNOWN_LINK);
        };
        String source = first(properties, ends.source());
        String target = first(properties, ends.target());
        if (source == null || target == null) {
            return Optional.empty();
        }
        return Optional.of(new Link(source, target, ends.type(), date(first(properties, "startDate")),
                date(first(properties, "endDate"))));
    }

    /** A thing entity as a register draft; empty for a schema the import does not read. */
    static Optional<SubjectDraft> draft(String id, String schema, JsonNode p, String category) {
        List<IdentifierInput> identifiers = new ArrayList<>();
        List<AddressInput> addresses = new ArrayList<>();
        for (String line : all(p, "address")) {
            addresses.add(new AddressInput(null, null, null, null, null, line));
        }
        return Optional.ofNullable(switch (schema) {
            case "Person" -> {
                identifier(identifiers, IdentifierType.NATIONAL_NUMBER, first(p, "nationalId"));
                contact(identifiers, p);
                yield new SubjectDraft(null, SubjectType.PERSON.name(), first(p, "name"), whole(first(p, "birthDate")),
                        first(p, "birthPlace"), upper(first(p, "nationality")), null, List.of(), id, category, false,
                        identifiers, addresses);
            }
            case "Company", "Organization", "LegalEntity" -> {
                identifier(identifiers, IdentifierType.ENTERPRISE_NUMBER, first(p, "registrationNumber"));
                contact(identifiers, p);
                yield new SubjectDraft(null, SubjectType.COMPANY.name(), first(p, "name"), null, null, null,
                        first(p, "legalForm"), all(p, "sector"), id, category, false, identifiers, addresses);
            }
            case "Address" -> {
                String full = first(p, "full");
                String line = full != null ? full : String.join(", ", nonNull(first(p, "street"),
                        String.join(" ", nonNull(first(p, "postalCode"), first(p, "city")))));
                yield new SubjectDraft(null, SubjectType.ADDRESS.name(), line, null, null, null, null, List.of(), id, category,
                        false, identifiers, List.of(new AddressInput(null, null, null, null, null, line)));
            }
            case "Vehicle" -> {
                identifier(identifiers, IdentifierType.PLATE, first(p, "registrationNumber"));
                String name = first(p, "name");
                yield new SubjectDraft(null, SubjectType.VEHICLE.name(), name != null ? name : first(p, "registrationNumber"),
                        null, null, null, null, List.of(), id, category, false, identifiers, List.of());
            }
            case "Vessel" -> {
                identifier(identifiers, IdentifierType.IMO, first(p, "imoNumber"));
                yield new SubjectDraft(null, SubjectType.VESSEL.name(), first(p, "name"), null, null, null, null, List.of(), id,
                        category, false, identifiers, List.of());
            }
            case "BankAccount" -> {
                String iban = first(p, "iban");
                identifier(identifiers, IdentifierType.IBAN, iban);
                String name = first(p, "name");
                yield new SubjectDraft(null, SubjectType.BANK_ACCOUNT.name(), name != null ? name : iban, null, null, null, null,
                        List.of(), id, category, false, identifiers, List.of());
            }
            default -> null;
        });
    }

    /** A thing's properties for export, in the order FtM tools show them. */
    static Map<String, List<String>> properties() {
        return new LinkedHashMap<>();
    }

    static void put(Map<String, List<String>> properties, String name, String value) {
        if (value != null && !value.isBlank()) {
            properties.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
    }

    private static void contact(List<IdentifierInput> identifiers, JsonNode p) {
        for (String phone : all(p, "phone")) {
            identifier(identifiers, IdentifierType.PHONE, phone);
        }
        for (String email : all(p, "email")) {
            identifier(identifiers, IdentifierType.EMAIL, email);
        }
    }

    private static void identifier(List<IdentifierInput> identifiers, IdentifierType type, String value) {
        if (value != null && !value.isBlank()) {
            identifiers.add(new IdentifierInput(type.name(), value));
        }
    }

    private static List<String> nonNull(String... values) {
        List<String> out = new ArrayList<>();
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                out.add(value);
            }
        }
        return out;
    }

    static String first(JsonNode properties, String name) {
        List<String> values = all(properties, name);
        return values.isEmpty() ? null : values.get(0);
    }

    static List<String> all(JsonNode properties, String name) {
        JsonNode values = properties == null ? null : properties.get(name);
        if (values == null || !values.isArray()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (JsonNode value : values) {
            if (value.isString() && !value.asString().isBlank()) {
                out.add(value.asString().trim());
            }
        }
        return out;
    }

    private static String upper(String value) {
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }

    /** A whole date as written, or null for a partial one (FtM allows a year or a month alone). */
    private static String whole(String value) {
        return value != null && value.matches("\\d{4}-\\d{2}-\\d{2}") ? value : null;
    }

    private static LocalDate date(String value) {
        String whole = whole(value);
        try {
            return whole == null ? null : LocalDate.parse(whole);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
