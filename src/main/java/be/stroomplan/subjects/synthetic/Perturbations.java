package be.stroomplan.subjects.synthetic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import be.stroomplan.subjects.PostalAddress;
import be.stroomplan.subjects.identifiers.EnterpriseNumbers;
import be.stroomplan.subjects.identifiers.Ibans;
import be.stroomplan.subjects.names.Folding;

/**
 * The errors a duplicate record carries. Names get typos, transliteration variants, joined or split
 * particles, lost diacritics, other case, swapped parts; fields go missing; identifiers are written
 * differently or left out, but never corrupted, so every identifier stays valid.
 */
final class Perturbations {

    private static final String KEYBOARD = "azertyuiopqsdfghjklmwxcvbn";

    private final SplittableRandom random;
    private final Difficulty difficulty;

    Perturbations(SplittableRandom random, Difficulty difficulty) {
        this.random = random;
        this.difficulty = difficulty;
    }

    private enum PersonError {
        CASE, DIACRITICS, FORMATS, NO_PHONE, NO_EMAIL, TYPO, SPELLING, PARTICLES, NO_NATIONAL_NUMBER, SWAP, SECOND_TYPO,
        DAY_MONTH, NO_ADDRESS, ABBREVIATED_STREET
    }

    private static final List<PersonError> EASY_PERSON = List.of(PersonError.CASE, PersonError.DIACRITICS, PersonError.FORMATS,
            PersonError.NO_PHONE, PersonError.NO_EMAIL);
    private static final List<PersonError> MEDIUM_PERSON = List.of(PersonError.TYPO, PersonError.SPELLING,
            PersonError.PARTICLES, PersonError.NO_NATIONAL_NUMBER);
    private static final List<PersonError> HARD_PERSON = List.of(PersonError.SWAP, PersonError.SECOND_TYPO,
            PersonError.DAY_MONTH, PersonError.NO_ADDRESS, PersonError.ABBREVIATED_STREET);

    SyntheticPerson person(SyntheticPerson original, int copy) {
        List<PersonError> errors = choose(EASY_PERSON, MEDIUM_PERSON, HARD_PERSON);
        String given = original.givenName();
        String family = original.familyName();
        var birthDate = original.birthDate();
        String nationalNumber = original.nationalNumber();
        PostalAddress address = original.address();
        String phone = original.phone();
        String email = original.email();
        String iban = original.iban();
        String plate = original.plate();
        for (PersonError error : errors) {
            switch (error) {
                case CASE -> family = family.toUpperCase(Locale.ROOT);
                case DIACRITICS -> {
                    given = Folding.withoutDiacritics(given);
                    family = Folding.withoutDiacritics(family);
                }
                case FORMATS -> {
                    nationalNumber = nationalNumber == null ? null : nationalNumberWritten(nationalNumber);
                    phone = phone == null ? null : "0" + phone.substring(3, 6) + " " + phone.substring(6, 8) + " "
                            + phone.substring(8, 10) + " " + phone.substring(10);
                    iban = iban == null ? null : Ibans.format(iban);
                    plate = plate == null ? null : plate.replace("-", "").toLowerCase(Locale.ROOT);
                }
                case NO_PHONE -> phone = null;
                case NO_EMAIL -> email = null;
                case TYPO, SECOND_TYPO -> {
                    if (random.nextBoolean()) {
                        family = typo(family);
                    } else {
                        given = typo(given);
                    }
                }
                case SPELLING -> {
                    String givenVariant = spelling(given);
                    String familyVariant = spelling(family);
                    if (!givenVariant.equals(given) && (familyVariant.equals(family) || random.nextBoolean())) {
                        given = givenVariant;
                    } else if (!familyVariant.equals(family)) {
                        family = familyVariant;
                    } else {
                        family = typo(family);
                    }
                }
                case PARTICLES -> family = family.contains(" ") ? family.replace(" ", random.nextBoolean() ? "" : "-")
                        : family.toLowerCase(Locale.ROOT);
                case NO_NATIONAL_NUMBER -> nationalNumber = null;
                case SWAP -> {
                    String swapped = given;
                    given = family;
                    family = swapped;
                }
                case DAY_MONTH -> {
                    if (birthDate.getDayOfMonth() <= 12 && birthDate.getDayOfMonth() != birthDate.getMonthValue()) {
                        birthDate = birthDate.withDayOfMonth(1).withMonth(birthDate.getDayOfMonth())
                                .withDayOfMonth(original.birthDate().getMonthValue());
                    } else {
                        birthDate = birthDate.plusDays(random.nextBoolean() ? 1 : -1);
                    }
                }
                case NO_ADDRESS -> address = null;
                case ABBREVIATED_STREET -> address = address == null ? null : new PostalAddress(
                        address.street().replace("straat", "str.").replace("steenweg", "stwg"), address.number(), "",
                        address.postcode(), address.municipality().toUpperCase(Locale.ROOT));
            }
        }
        if (given.equals(original.givenName()) && family.equals(original.familyName()) && birthDate.equals(original.birthDate())
                && java.util.Objects.equals(nationalNumber, original.nationalNumber()) && java.util.Objects.equals(phone, original.phone())
                && java.util.Objects.equals(email, original.email()) && java.util.Objects.equals(address, original.address())) {
            family = family.toUpperCase(Locale.ROOT); // nothing the chosen errors could change: change the case
        }
        return new SyntheticPerson(original.entity(), copy, original.origin(), given, family, birthDate, original.sex(),
                original.birthPlace(), original.nationality(), nationalNumber, address, phone, email, iban, plate);
    }

    SyntheticCompany company(SyntheticCompany original, int copy) {
        String name = original.name();
        String enterpriseNumber = original.enterpriseNumber();
        PostalAddress address = original.address();
        String iban = original.iban();
        String phone = original.phone();
        int errors = difficulty.ordinal() + 1;
        for (int i = 0; i < errors; i++) {
            switch (random.nextInt(7)) {
                case 0 -> name = name.toUpperCase(Locale.ROOT);
                case 1 -> name = withoutLegalForm(name, original.legalForm());
                case 2 -> enterpriseNumber = enterpriseNumber == null ? null
                        : difficulty == Difficulty.EASY ? EnterpriseNumbers.format(enterpriseNumber) : null;
                case 3 -> name = typo(name);
                case 4 -> iban = iban == null ? null : Ibans.format(iban);
                case 5 -> phone = null;
                default -> address = address == null ? null : new PostalAddress(address.street().toUpperCase(Locale.ROOT),
                        address.number(), address.box(), address.postcode(), address.municipality());
            }
        }
        if (enterpriseNumber != null && difficulty != Difficulty.EASY && random.nextBoolean()) {
            enterpriseNumber = "BE " + EnterpriseNumbers.format(enterpriseNumber);
        }
        return new SyntheticCompany(original.entity(), copy, name, original.legalForm(), enterpriseNumber, original.sector(),
                original.naceCodes(), address, iban, phone, original.email(), original.containers());
    }

    private List<PersonError> choose(List<PersonError> easy, List<PersonError> medium, List<PersonError> hard) {
        List<PersonError> pool = new ArrayList<>(easy);
        int count = 1;
        if (difficulty != Difficulty.EASY) {
            pool.addAll(medium);
            count = 2;
        }
        if (difficulty == Difficulty.HARD) {
            pool.addAll(hard);
            count = 3 + random.nextInt(2);
        }
        List<PersonError> chosen = new ArrayList<>();
        if (difficulty != Difficulty.EASY) {
            chosen.add(medium.get(random.nextInt(medium.size())));
        }
        while (chosen.size() < count) {
            PersonError error = pool.get(random.nextInt(pool.size()));
            if (!chosen.contains(error)) {
                chosen.add(error);
            }
        }
        Collections.sort(chosen);
        return chosen;
    }

    private String spelling(String name) {
        List<String> spellings = NameLists.SPELLINGS.get(name);
        return spellings == null ? name : spellings.get(random.nextInt(spellings.size()));
    }

    /** One keyboard slip: a neighbouring letter, two letters swapped, a letter dropped or doubled. */
    String typo(String text) {
        if (text.length() < 3) {
            return text;
        }
        int at = 1 + random.nextInt(text.length() - 2);
        char c = text.charAt(at);
        if (!Character.isLetter(c)) {
            return text;
        }
        return switch (random.nextInt(4)) {
            case 0 -> {
                int key = KEYBOARD.indexOf(Character.toLowerCase(c));
                char neighbour = key < 0 ? 'e' : KEYBOARD.charAt(key == KEYBOARD.length() - 1 ? key - 1 : key + 1);
                yield text.substring(0, at) + (Character.isUpperCase(c) ? Character.toUpperCase(neighbour) : neighbour)
                        + text.substring(at + 1);
            }
            case 1 -> text.substring(0, at) + text.charAt(at + 1) + c + text.substring(at + 2);
            case 2 -> text.substring(0, at) + text.substring(at + 1);
            default -> text.substring(0, at) + c + text.substring(at);
        };
    }

    private static String withoutLegalForm(String name, String legalForm) {
        return name.endsWith(" " + legalForm) ? name.substring(0, name.length() - legalForm.length() - 1) : name;
    }

    private static String nationalNumberWritten(String digits) {
        return digits.substring(0, 2) + "." + digits.substring(2, 4) + "." + digits.substring(4, 6) + "-" + digits.substring(6, 9)
                + "." + digits.substring(9);
    }
}
