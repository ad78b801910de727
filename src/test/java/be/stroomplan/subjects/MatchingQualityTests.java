package be.stroomplan.subjects;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import be.stroomplan.subjects.synthetic.Difficulty;
import be.stroomplan.subjects.synthetic.SyntheticCompany;
import be.stroomplan.subjects.synthetic.SyntheticPerson;
import be.stroomplan.subjects.synthetic.SyntheticPopulation;

import org.junit.jupiter.api.Test;

/**
 * The matcher's quality on a synthetic population at the hardest setting, pairwise against the
 * ground truth (records of the same entity are the same): F1 of the MATCH decisions at least 0.95.
 * In memory, without the database, so that it runs in seconds.
 */
class MatchingQualityTests {

    @Test
    void matchesTheHardSyntheticPopulationWithF1AboveNinetyFivePercent() {
        SyntheticPopulation population = new SyntheticPopulation(2026, Difficulty.HARD, 0.3);
        List<MatchProfile> profiles = new ArrayList<>();
        Map<UUID, String> truth = new HashMap<>();
        population.persons(3_000).forEach(person -> {
            MatchProfile profile = profile(person);
            profiles.add(profile);
            truth.put(profile.id(), "P" + person.entity());
        });
        population.companies(1_500).forEach(company -> {
            MatchProfile profile = profile(company);
            profiles.add(profile);
            truth.put(profile.id(), "C" + company.entity());
        });

        List<SubjectMatcher.Scored> scored = SubjectMatcher.resolve(profiles);

        Set<Set<UUID>> actual = new HashSet<>();
        Map<String, List<UUID>> entities = new HashMap<>();
        truth.forEach((id, entity) -> entities.computeIfAbsent(entity, e -> new ArrayList<>()).add(id));
        for (List<UUID> records : entities.values()) {
            for (int i = 0; i < records.size(); i++) {
                for (int j = i + 1; j < records.size(); j++) {
                    actual.add(Set.of(records.get(i), records.get(j)));
                }
            }
        }
        Quality match = quality(scored.stream().filter(s -> s.level().orElseThrow() == MatchLevel.MATCH).toList(), actual);
        Quality proposed = quality(scored, actual);
        System.out.printf("Matching quality on %d records (%d true pairs), HARD: MATCH precision %.4f recall %.4f F1 %.4f;"
                        + " MATCH or POSSIBLE precision %.4f recall %.4f F1 %.4f%n", profiles.size(), actual.size(),
                match.precision(), match.recall(), match.f1(), proposed.precision(), proposed.recall(), proposed.f1());
        assertThat(match.f1()).isGreaterThanOrEqualTo(0.95);
        assertThat(proposed.recall()).isGreaterThanOrEqualTo(match.recall());
    }

    record Quality(double precision, double recall, double f1) {
    }

    private static Quality quality(List<SubjectMatcher.Scored> predicted, Set<Set<UUID>> actual) {
        long truePositives = predicted.stream().filter(s -> actual.contains(Set.of(s.a(), s.b()))).count();
        double precision = predicted.isEmpty() ? 1 : (double) truePositives / predicted.size();
        double recall = actual.isEmpty() ? 1 : (double) truePositives / actual.size();
        return new Quality(precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
    }

    static MatchProfile profile(SyntheticPerson person) {
        Map<IdentifierType, Set<String>> identifiers = new EnumMap<>(IdentifierType.class);
        add(identifiers, IdentifierType.NATIONAL_NUMBER, person.nationalNumber());
        add(identifiers, IdentifierType.PHONE, person.phone());
        add(identifiers, IdentifierType.EMAIL, person.email());
        add(identifiers, IdentifierType.IBAN, person.iban());
        add(identifiers, IdentifierType.PLATE, person.plate());
        return new MatchProfile(id(person.ref()), SubjectType.PERSON, Names.keys(person.givenName(), person.familyName()),
                person.birthDate(), identifiers, addresses(person.address()));
    }

    static MatchProfile profile(SyntheticCompany company) {
        Map<IdentifierType, Set<String>> identifiers = new EnumMap<>(IdentifierType.class);
        add(identifiers, IdentifierType.ENTERPRISE_NUMBER, company.enterpriseNumber());
        add(identifiers, IdentifierType.PHONE, company.phone());
        add(identifiers, IdentifierType.EMAIL, company.email());
        add(identifiers, IdentifierType.IBAN, company.iban());
        company.containers().forEach(container -> add(identifiers, IdentifierType.CONTAINER, container));
        return new MatchProfile(id(company.ref()), SubjectType.COMPANY, Names.keys(company.name()), null, identifiers,
                addresses(company.address()));
    }

    private static Set<String> addresses(PostalAddress address) {
        if (address == null) {
            return Set.of();
        }
        IdentifierCheck check = Identifiers.checkAddress(address.street(), address.number(), address.box(), address.postcode(),
                address.municipality());
        return check instanceof IdentifierCheck.Valid valid ? Set.of(valid.key()) : Set.of();
    }

    private static void add(Map<IdentifierType, Set<String>> identifiers, IdentifierType type, String value) {
        if (value != null && Identifiers.check(type, value) instanceof IdentifierCheck.Valid valid) {
            identifiers.computeIfAbsent(type, t -> new HashSet<>()).add(valid.key());
        }
    }

    private static UUID id(String ref) {
        return UUID.nameUUIDFromBytes(ref.getBytes(StandardCharsets.UTF_8));
    }
}
