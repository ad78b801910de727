package be.stroomplan.subjects.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import be.stroomplan.subjects.IdentifierCheck;
import be.stroomplan.subjects.IdentifierType;
import be.stroomplan.subjects.Identifiers;
import be.stroomplan.subjects.Names;

import org.junit.jupiter.api.Test;

/** The generator is deterministic, streams, and produces only valid identifiers. */
class SyntheticPopulationTests {

    @Test
    void theSameSeedGivesTheSameRecords() {
        List<SyntheticPerson> first = new SyntheticPopulation(42, Difficulty.HARD, 0.3).persons(2_000).toList();
        List<SyntheticPerson> second = new SyntheticPopulation(42, Difficulty.HARD, 0.3).persons(2_000).toList();
        List<SyntheticPerson> other = new SyntheticPopulation(43, Difficulty.HARD, 0.3).persons(2_000).toList();
        assertThat(first).isEqualTo(second).isNotEqualTo(other);
        assertThat(new SyntheticPopulation(42, Difficulty.HARD, 0.3).companies(500).toList())
                .isEqualTo(new SyntheticPopulation(42, Difficulty.HARD, 0.3).companies(500).toList());
        // an entity does not depend on how many entities are generated, nor on the order
        List<SyntheticPerson> prefix = new SyntheticPopulation(42, Difficulty.HARD, 0.3).persons(100).toList();
        assertThat(first.subList(0, prefix.size())).isEqualTo(prefix);
        assertThat(new SyntheticPopulation(42, Difficulty.HARD, 0.3).persons(2_000).parallel().toList()).isEqualTo(first);
    }

    @Test
    void everyGeneratedIdentifierIsValid() {
        SyntheticPopulation population = new SyntheticPopulation(7, Difficulty.HARD, 0.25);
        Set<String> nationalNumbers = new HashSet<>();
        Map<Origin, Integer> origins = new EnumMap<>(Origin.class);
        long[] counts = new long[3];
        population.persons(100_000).forEach(person -> {
            counts[person.duplicate() ? 1 : 0]++;
            if (person.nationalNumber() != null) {
                IdentifierCheck check = valid(IdentifierType.NATIONAL_NUMBER, person.nationalNumber(), person.ref());
                if (!person.duplicate()) {
                    String number = check.normalised().orElseThrow();
                    assertThat(nationalNumbers.add(number)).as("unique %s", number).isTrue();
                    assertConsistent(number, person);
                }
            }
            if (person.address() != null) {
                assertThat(Identifiers.checkAddress(person.address().street(), person.address().number(), person.address().box(),
                        person.address().postcode(), person.address().municipality()).valid()).as(person.toString()).isTrue();
            }
            validIfPresent(IdentifierType.PHONE, person.phone(), person.ref());
            validIfPresent(IdentifierType.EMAIL, person.email(), person.ref());
            validIfPresent(IdentifierType.IBAN, person.iban(), person.ref());
            validIfPresent(IdentifierType.PLATE, person.plate(), person.ref());
            assertThat(Names.keys(person.givenName(), person.familyName()).isEmpty()).isFalse();
            if (!person.duplicate()) {
                origins.merge(person.origin(), 1, Integer::sum);
            }
        });
        assertThat(counts[0]).isEqualTo(100_000);
        assertThat(counts[1]).isBetween(25_000L * 12 / 10 - 2_000, 25_000L * 13 / 10 + 2_000); // 25% get 1 or 2 copies
        for (Origin origin : Origin.values()) {
            assertThat(origins.get(origin) / 100_000.0).as(origin.name()).isCloseTo(origin.share(),
                    org.assertj.core.data.Offset.offset(0.01));
        }
        Set<String> enterpriseNumbers = new HashSet<>();
        population.companies(30_000).forEach(company -> {
            if (company.enterpriseNumber() != null) {
                IdentifierCheck check = valid(IdentifierType.ENTERPRISE_NUMBER, company.enterpriseNumber(), company.ref());
                if (!company.duplicate()) {
                    assertThat(enterpriseNumbers.add(check.normalised().orElseThrow())).isTrue();
                }
            }
            validIfPresent(IdentifierType.IBAN, company.iban(), company.ref());
            validIfPresent(IdentifierType.PHONE, company.phone(), company.ref());
            validIfPresent(IdentifierType.EMAIL, company.email(), company.ref());
            company.containers().forEach(container -> valid(IdentifierType.CONTAINER, container, company.ref()));
            if (company.address() != null) {
                assertThat(Identifiers.checkAddress(company.address().street(), company.address().number(),
                        company.address().box(), company.address().postcode(), company.address().municipality()).valid()).isTrue();
            }
            assertThat(List.of("BV", "NV", "VOF", "CommV")).contains(company.legalForm());
            assertThat(company.sector().naceCodes()).containsAll(company.naceCodes());
        });
    }

    @Test
    void duplicatesCarryErrorsButKeepTheirEntity() {
        for (Difficulty difficulty : Difficulty.values()) {
            SyntheticPopulation population = new SyntheticPopulation(11, difficulty, 1.0);
            List<SyntheticPerson> records = population.persons(2_000).toList();
            long changed = 0;
            long duplicates = 0;
            for (int i = 1; i < records.size(); i++) {
                SyntheticPerson record = records.get(i);
                if (record.duplicate()) {
                    duplicates++;
                    SyntheticPerson original = records.stream().filter(r -> r.entity() == record.entity() && !r.duplicate())
                            .findFirst().orElseThrow();
                    assertThat(record.sex()).isEqualTo(original.sex());
                    if (!record.equals(withCopy(original, record.copy()))) {
                        changed++;
                    }
                }
            }
            assertThat(duplicates).as(difficulty.name()).isGreaterThan(2_000);
            assertThat(changed).as(difficulty.name()).isGreaterThan(duplicates * 9 / 10);
        }
        // at the hardest setting, names really differ
        List<SyntheticPerson> hard = new SyntheticPopulation(11, Difficulty.HARD, 1.0).persons(2_000).toList();
        long renamed = hard.stream().filter(SyntheticPerson::duplicate).filter(d -> {
            SyntheticPerson original = hard.stream().filter(r -> r.entity() == d.entity() && !r.duplicate()).findFirst().orElseThrow();
            return !(d.givenName() + d.familyName()).equals(original.givenName() + original.familyName());
        }).count();
        assertThat(renamed).isGreaterThan(hard.stream().filter(SyntheticPerson::duplicate).count() / 2);
    }

    @Test
    void millionsOfRowsStreamWithoutBeingHeld() {
        long count = new SyntheticPopulation(3, Difficulty.MEDIUM, 0.1).persons(1_000_000).count();
        assertThat(count).isGreaterThan(1_000_000);
    }

    private static SyntheticPerson withCopy(SyntheticPerson p, int copy) {
        return new SyntheticPerson(p.entity(), copy, p.origin(), p.givenName(), p.familyName(), p.birthDate(), p.sex(),
                p.birthPlace(), p.nationality(), p.nationalNumber(), p.address(), p.phone(), p.email(), p.iban(), p.plate());
    }

    private static void assertConsistent(String number, SyntheticPerson person) {
        LocalDate birth = person.birthDate();
        int month = Integer.parseInt(number.substring(2, 4)) % 20;
        assertThat(number.substring(0, 2)).isEqualTo(String.format("%02d", birth.getYear() % 100));
        assertThat(month).isEqualTo(birth.getMonthValue());
        assertThat(Integer.parseInt(number.substring(4, 6))).isEqualTo(birth.getDayOfMonth());
        int counter = Integer.parseInt(number.substring(6, 9));
        assertThat(counter % 2 == 1 ? "M" : "F").isEqualTo(person.sex());
        long firstNine = Long.parseLong(number.substring(0, 9)) + (birth.getYear() >= 2000 ? 2_000_000_000L : 0);
        assertThat(97 - firstNine % 97).isEqualTo(Long.parseLong(number.substring(9)));
    }

    private static void validIfPresent(IdentifierType type, String value, String ref) {
        if (value != null) {
            valid(type, value, ref);
        }
    }

    private static IdentifierCheck valid(IdentifierType type, String value, String ref) {
        IdentifierCheck check = type.check(value);
        assertThat(check.valid()).as("%s %s of %s: %s", type, value, ref, check).isTrue();
        return check;
    }
}
