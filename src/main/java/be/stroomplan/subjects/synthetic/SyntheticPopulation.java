package be.stroomplan.subjects.synthetic;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import be.stroomplan.subjects.PostalAddress;
import be.stroomplan.subjects.identifiers.CheckDigits;
import be.stroomplan.subjects.identifiers.ContainerNumbers;
import be.stroomplan.subjects.identifiers.EnterpriseNumbers;
import be.stroomplan.subjects.identifiers.Ibans;
import be.stroomplan.subjects.identifiers.NationalNumbers;
import be.stroomplan.subjects.names.Folding;

/**
 * A seeded generator of an Antwerp-like population: persons with Belgian (Flemish and Walloon),
 * Moroccan, Turkish, Albanian and Dutch names, birth dates from 1940 to 2008 and national numbers
 * consistent with them; companies with valid enterprise numbers in the Stroomplan's sectors; real
 * Antwerp districts and streets; Belgian plates, mobile numbers and IBANs; ISO 6346 containers.
 * <p>
 * Each entity is generated from the seed and its own index alone, so the same seed gives the same
 * records, in the same order, however many are taken and in whichever order they are consumed;
 * the streams are lazy and hold nothing, so they scale to millions of rows. Identifiers are unique
 * per entity (seeded permutations, not random draws that could collide) and always valid. With
 * probability {@code duplicateRate} an entity gets one or two duplicate records carrying errors of
 * the chosen {@link Difficulty}; the entity index is the ground truth.
 */
public final class SyntheticPopulation {

    private static final LocalDate FIRST_BIRTH = LocalDate.of(1940, 1, 1);
    private static final LocalDate LAST_BIRTH = LocalDate.of(2008, 12, 31);
    private static final long BIRTH_DAYS = ChronoUnit.DAYS.between(FIRST_BIRTH, LAST_BIRTH) + 1;
    private static final int COUNTERS = 997;
    private static final long MOBILE_SPACE = 30L * 1_000_000L;
    private static final long ACCOUNT_SPACE = 10_000_000L;

    private final long seed;
    private final Difficulty difficulty;
    private final double duplicateRate;
    private final Permutation births;
    private final Permutation enterprises;
    private final Permutation accounts;
    private final Permutation mobiles;
    private final Permutation plates;
    private final Permutation containers;

    /**
     * @param duplicateRate the share of entities, 0 to 1, that get duplicate records
     */
    public SyntheticPopulation(long seed, Difficulty difficulty, double duplicateRate) {
        if (duplicateRate < 0 || duplicateRate > 1) {
            throw new IllegalArgumentException("duplicate rate must lie between 0 and 1: " + duplicateRate);
        }
        this.seed = seed;
        this.difficulty = difficulty;
        this.duplicateRate = duplicateRate;
        this.births = Permutation.of(BIRTH_DAYS * COUNTERS, seed);
        this.enterprises = Permutation.of(18_000_000L, seed + 1);
        this.accounts = Permutation.of(NameLists.BANK_CODES.length * ACCOUNT_SPACE, seed + 2);
        this.mobiles = Permutation.of(MOBILE_SPACE, seed + 3);
        this.plates = Permutation.of(2L * 26 * 26 * 26 * 1000, seed + 4);
        this.containers = Permutation.of(NameLists.CONTAINER_OWNERS.size() * 1_000_000L, seed + 5);
    }

    /** At most this many persons can be generated with unique national numbers. */
    public static long maxPersons() {
        return BIRTH_DAYS * COUNTERS;
    }

    /** The records of {@code entities} persons, duplicates right after their original. */
    public Stream<SyntheticPerson> persons(long entities) {
        if (entities > maxPersons()) {
            throw new IllegalArgumentException("at most " + maxPersons() + " persons");
        }
        return LongStream.range(0, entities).boxed().flatMap(entity -> personRecords(entity).stream());
    }

    /** The records of {@code entities} companies, duplicates right after their original. */
    public Stream<SyntheticCompany> companies(long entities) {
        if (entities > 18_000_000L) {
            throw new IllegalArgumentException("at most 18,000,000 companies");
        }
        return LongStream.range(0, entities).boxed().flatMap(entity -> companyRecords(entity).stream());
    }

    private SplittableRandom random(long entity, long stream) {
        return new SplittableRandom(mix(seed * 0x632BE59BD9B4E019L + stream * 0x9E3779B97F4A7C15L + entity));
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    // persons -------------------------------------------------------------------------------------

    List<SyntheticPerson> personRecords(long entity) {
        SplittableRandom random = random(entity, 1);
        SyntheticPerson original = person(entity, random);
        List<SyntheticPerson> records = new ArrayList<>(3);
        records.add(original);
        int copies = duplicates(random);
        Perturbations perturbations = new Perturbations(random, difficulty);
        for (int copy = 1; copy <= copies; copy++) {
            records.add(perturbations.person(original, copy));
        }
        return records;
    }

    private int duplicates(SplittableRandom random) {
        if (random.nextDouble() >= duplicateRate) {
            return 0;
        }
        return random.nextDouble() < 0.3 ? 2 : 1;
    }

    private SyntheticPerson person(long entity, SplittableRandom random) {
        long slot = births.apply(entity);
        LocalDate birthDate = FIRST_BIRTH.plusDays(slot / COUNTERS);
        int counter = (int) (slot % COUNTERS) + 1;
        String sex = counter % 2 == 1 ? "M" : "F";
        Origin origin = origin(random);
        String given = pick(random, (sex.equals("M") ? NameLists.MEN : NameLists.WOMEN).get(origin));
        String family = pick(random, NameLists.FAMILIES.get(origin));
        String nationality = foreign(origin, random) ? origin.usualNationality() : "BE";
        int monthOffset = !nationality.equals("BE") && random.nextDouble() < 0.1 ? 40 : 0;
        String nationalNumber = NationalNumbers.compose(birthDate, counter, monthOffset);
        String birthPlace = pick(random, origin.birthPlaces());
        PostalAddress address = address(random);
        String phone = random.nextDouble() < 0.85 ? mobile(2 * entity) : null;
        String email = random.nextDouble() < 0.6 ? email(given, family, random) : null;
        String iban = random.nextDouble() < 0.8 ? iban(2 * entity) : null;
        String plate = random.nextDouble() < 0.5 ? plate(entity) : null;
        return new SyntheticPerson(entity, 0, origin, given, family, birthDate, sex, birthPlace, nationality, nationalNumber,
                address, phone, email, iban, plate);
    }

    private static Origin origin(SplittableRandom random) {
        double draw = random.nextDouble();
        Origin[] origins = Origin.values();
        for (Origin origin : origins) {
            draw -= origin.share();
            if (draw < 0) {
                return origin;
            }
        }
        return origins[origins.length - 1];
    }

    private static boolean foreign(Origin origin, SplittableRandom random) {
        double share = switch (origin) {
            case FLEMISH, WALLOON -> 0.0;
            case MOROCCAN, TURKISH -> 0.2;
            case ALBANIAN -> 0.6;
            case DUTCH -> 0.8;
        };
        return random.nextDouble() < share;
    }

    private static String email(String given, String family, SplittableRandom random) {
        String local = Folding.fold(given).replace(" ", "") + (random.nextBoolean() ? "." : "")
                + Folding.fold(family).replace(" ", "") + (random.nextDouble() < 0.4 ? Integer.toString(random.nextInt(1, 100)) : "");
        return local + "@" + pick(random, NameLists.MAIL_DOMAINS);
    }

    // companies -----------------------------------------------------------------------------------

    List<SyntheticCompany> companyRecords(long entity) {
        SplittableRandom random = random(entity, 2);
        SyntheticCompany original = company(entity, random);
        List<SyntheticCompany> records = new ArrayList<>(3);
        records.add(original);
        int copies = duplicates(random);
        Perturbations perturbations = new Perturbations(random, difficulty);
        for (int copy = 1; copy <= copies; copy++) {
            records.add(perturbations.company(original, copy));
        }
        return records;
    }

    private SyntheticCompany company(long entity, SplittableRandom random) {
        Sector sector = Sector.values()[random.nextInt(Sector.values().length)];
        String word = random.nextBoolean()
                ? pick(random, NameLists.FAMILIES.get(origin(random)))
                : pick(random, NameLists.COMPANY_WORDS);
        String name = pick(random, NameLists.COMPANY_PATTERNS.get(sector)).replace("%s", word);
        String legalForm = pick(random, NameLists.LEGAL_FORMS);
        String enterpriseNumber = EnterpriseNumbers.compose(2_000_000L + enterprises.apply(entity));
        List<String> nace = new ArrayList<>(List.of(sector.naceCodes().get(0)));
        if (sector.naceCodes().size() > 1 && random.nextBoolean()) {
            nace.add(sector.naceCodes().get(1 + random.nextInt(sector.naceCodes().size() - 1)));
        }
        List<String> shipped = new ArrayList<>();
        if (sector == Sector.IMPORT_EXPORT || sector == Sector.LOGISTICS) {
            int count = 1 + random.nextInt(3);
            for (int k = 0; k < count; k++) {
                shipped.add(container(entity * 3 + k));
            }
        }
        String phone = random.nextDouble() < 0.7 ? mobile(2 * entity + 1) : null;
        String email = random.nextDouble() < 0.5
                ? "info@" + Folding.fold(word).replace(" ", "") + "." + (random.nextBoolean() ? "be" : "com")
                : null;
        return new SyntheticCompany(entity, 0, name + " " + legalForm, legalForm, enterpriseNumber, sector, nace,
                address(random), iban(2 * entity + 1), phone, email, shipped);
    }

    // shared --------------------------------------------------------------------------------------

    private PostalAddress address(SplittableRandom random) {
        double total = 0;
        for (double weight : NameLists.DISTRICT_WEIGHTS) {
            total += weight;
        }
        double draw = random.nextDouble() * total;
        int index = 0;
        while (index < NameLists.DISTRICT_WEIGHTS.length - 1 && draw >= NameLists.DISTRICT_WEIGHTS[index]) {
            draw -= NameLists.DISTRICT_WEIGHTS[index];
            index++;
        }
        NameLists.District district = NameLists.DISTRICTS.get(index);
        int number = 1 + (int) Math.floor(Math.pow(random.nextDouble(), 2) * 250);
        String letter = random.nextDouble() < 0.05 ? "A" : "";
        String box = random.nextDouble() < 0.2 ? Integer.toString(1 + random.nextInt(12)) : "";
        return new PostalAddress(pick(random, district.streets()), number + letter, box, district.postcode(),
                district.municipality());
    }

    /** A Belgian mobile number in E.164: +32 47x–49x. */
    private String mobile(long index) {
        long slot = mobiles.apply(index % MOBILE_SPACE);
        return "+32" + (470 + slot / 1_000_000L) + CheckDigits.padded(slot % 1_000_000L, 6);
    }

    private String iban(long index) {
        long slot = accounts.apply(index % accounts.size());
        return Ibans.belgian(NameLists.BANK_CODES[(int) (slot / ACCOUNT_SPACE)], (int) (slot % ACCOUNT_SPACE));
    }

    /** A plate of the current format, series 1 or 2. */
    private String plate(long index) {
        long slot = plates.apply(index % plates.size());
        int digits = (int) (slot % 1000);
        long rest = slot / 1000;
        char[] letters = new char[3];
        for (int i = 2; i >= 0; i--) {
            letters[i] = (char) ('A' + rest % 26);
            rest /= 26;
        }
        return (1 + rest) + "-" + new String(letters) + "-" + CheckDigits.padded(digits, 3);
    }

    private String container(long index) {
        long slot = containers.apply(index % containers.size());
        return ContainerNumbers.compose(NameLists.CONTAINER_OWNERS.get((int) (slot / 1_000_000L)), (int) (slot % 1_000_000L));
    }

    static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    static String upper(String text) {
        return text.toUpperCase(Locale.ROOT);
    }
}
