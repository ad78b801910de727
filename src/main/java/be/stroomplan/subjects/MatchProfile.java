package be.stroomplan.subjects;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What the matcher compares of one subject record: its type, name keys, birth date, the matching
 * keys of its identifiers by type, and the keys of its addresses (address identifiers included).
 */
public record MatchProfile(UUID id, SubjectType type, NameKeys name, LocalDate birthDate,
                           Map<IdentifierType, Set<String>> identifiers, Set<String> addresses) {

    public MatchProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        identifiers = Map.copyOf(identifiers);
        addresses = Set.copyOf(addresses);
    }

    Set<String> identifiers(IdentifierType type) {
        return identifiers.getOrDefault(type, Set.of());
    }
}
