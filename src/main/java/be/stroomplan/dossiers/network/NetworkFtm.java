package be.stroomplan.dossiers.network;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import be.stroomplan.subjects.Relation;
import be.stroomplan.subjects.SubjectNetwork;
import be.stroomplan.subjects.SubjectType;

import tools.jackson.databind.json.JsonMapper;

/**
 * The network as FollowTheMoney entities, one JSON object per line (id, schema, properties with
 * lists of strings): subjects as Person, Company, Address, Vehicle, Vessel, BankAccount or
 * UserAccount; relations as Family, Associate, Directorship, Ownership, Employment or, where the
 * ends do not fit those schemas, UnknownLink with the relation type as role.
 */
public final class NetworkFtm {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private NetworkFtm() {
    }

    public static String ndjson(NetworkView view) {
        StringBuilder out = new StringBuilder();
        Map<UUID, SubjectType> types = new HashMap<>();
        for (SubjectNetwork.Node node : view.nodes()) {
            types.put(node.id(), node.type());
            line(out, node.id().toString(), schema(node.type()), entityProperties(node));
        }
        for (Relation relation : view.relations()) {
            SubjectType source = types.get(relation.source());
            SubjectType target = types.get(relation.target());
            Link link = link(relation, source, target);
            Map<String, List<String>> properties = new LinkedHashMap<>();
            properties.put(link.from(), List.of(relation.source().toString()));
            properties.put(link.to(), List.of(relation.target().toString()));
            if (link.role() != null) {
                properties.put(link.schema().equals("Family") || link.schema().equals("Associate") ? "relationship" : "role",
                        List.of(link.role()));
            }
            if (relation.from() != null) {
                properties.put("startDate", List.of(relation.from().toString()));
            }
            if (relation.to() != null) {
                properties.put("endDate", List.of(relation.to().toString()));
            }
            if (relation.grading() != null) {
                properties.put("summary", List.of("4x4 grading " + relation.grading()));
            }
            line(out, relation.id().toString(), link.schema(), properties);
        }
        return out.toString();
    }

    static String schema(SubjectType type) {
        return switch (type) {
            case PERSON -> "Person";
            case COMPANY -> "Company";
            case ADDRESS -> "Address";
            case VEHICLE, CONTAINER -> "Vehicle";
            case VESSEL -> "Vessel";
            case BANK_ACCOUNT -> "BankAccount";
            case PHONE, EMAIL -> "UserAccount";
        };
    }

    private static Map<String, List<String>> entityProperties(SubjectNetwork.Node node) {
        Map<String, List<String>> properties = new LinkedHashMap<>();
        List<String> name = List.of(node.name());
        switch (node.type()) {
            case ADDRESS -> properties.put("full", name);
            case VEHICLE -> {
                properties.put("name", name);
                properties.put("registrationNumber", name);
            }
            case CONTAINER -> {
                properties.put("name", name);
                properties.put("type", List.of("shipping container"));
            }
            case BANK_ACCOUNT -> properties.put("accountNumber", name);
            case PHONE -> {
                properties.put("username", name);
                properties.put("number", name);
            }
            case EMAIL -> {
                properties.put("username", name);
                properties.put("email", name);
            }
            default -> properties.put("name", name);
        }
        if (node.ref() != null) {
            properties.put("notes", List.of("ref " + node.ref()));
        }
        return properties;
    }

    private record Link(String schema, String from, String to, String role) {
    }

    private static Link link(Relation relation, SubjectType source, SubjectType target) {
        boolean people = source == SubjectType.PERSON && target == SubjectType.PERSON;
        boolean legal = source == SubjectType.PERSON || source == SubjectType.COMPANY;
        return switch (relation.type()) {
            case FAMILY -> people ? new Link("Family", "person", "relative", "family") : unknown(relation);
            case ASSOCIATE -> people ? new Link("Associate", "person", "associate", "associate") : unknown(relation);
            case DIRECTOR_OF -> legal && target == SubjectType.COMPANY ? new Link("Directorship", "director", "organization", "director")
                    : unknown(relation);
            case SHAREHOLDER_OF -> legal && target == SubjectType.COMPANY ? new Link("Ownership", "owner", "asset", "shareholder")
                    : unknown(relation);
            case OWNS, OWNS_VEHICLE, HOLDS_ACCOUNT -> legal && asset(target) ? new Link("Ownership", "owner", "asset", null)
                    : unknown(relation);
            case EMPLOYS -> source == SubjectType.COMPANY && target == SubjectType.PERSON
                    ? new Link("Employment", "employer", "employee", null) : unknown(relation);
            default -> unknown(relation);
        };
    }

    private static boolean asset(SubjectType type) {
        return type == SubjectType.COMPANY || type == SubjectType.VEHICLE || type == SubjectType.VESSEL || type == SubjectType.CONTAINER
                || type == SubjectType.BANK_ACCOUNT;
    }

    private static Link unknown(Relation relation) {
        return new Link("UnknownLink", "subject", "object", relation.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
    }

    private static void line(StringBuilder out, String id, String schema, Map<String, List<String>> properties) {
        Map<String, Object> entity = new LinkedHashMap<>();
        entity.put("id", id);
        entity.put("schema", schema);
        entity.put("properties", properties);
        out.append(JSON.writeValueAsString(entity)).append('\n');
    }
}
