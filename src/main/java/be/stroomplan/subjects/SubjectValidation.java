package be.stroomplan.subjects;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The checks of a new subject record, shared by the register (one record from the API or a form)
 * and the imports (millions of rows): every field is checked and every failure kept, with its own
 * translatable message; identifiers are validated and normalised, addresses parsed, name keys made.
 * Nothing is guessed. The compartment is the caller's to check.
 */
public final class SubjectValidation {

    private static final Pattern NACE = Pattern.compile("\\d{2}(\\.?\\d{1,3})?");
    private static final Pattern NATIONALITY = Pattern.compile("[A-Z]{2}");
    private static final Pattern ADDRESS_LINE = Pattern.compile("(.+?) (\\S+?)(?: bus (\\S+))?, (\\d{4}) (.+)");

    private SubjectValidation() {
    }

    /** A record's fields after the checks, and the problems; the fields are only complete when there are none. */
    public record Checked(SubjectType type, SubjectCategory category, String name, NameKeys keys, LocalDate birthDate,
                          String birthPlace, String nationality, String legalForm, List<String> naceCodes, String ref,
                          List<SubjectIdentifier> identifiers, List<PostalAddress> addresses,
                          List<InvalidSubjectInput.Problem> problems) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    /** Checks every field of the draft but its compartment; {@code today} bounds the birth date. */
    public static Checked check(SubjectDraft draft, LocalDate today) {
        List<InvalidSubjectInput.Problem> problems = new ArrayList<>();
        SubjectType type = enumeration(SubjectType.class, "type", draft.type(), problems);
        SubjectCategory category = enumeration(SubjectCategory.class, "category", draft.category(), problems);
        String name = text("name", draft.name(), 300, true, problems);
        LocalDate birthDate = date("birthDate", draft.birthDate(), problems);
        if (birthDate != null && birthDate.isAfter(today)) {
            problems.add(InvalidSubjectInput.problem("birthDate", "subjects.error.future"));
        }
        String birthPlace = text("birthPlace", draft.birthPlace(), 200, false, problems);
        String nationality = text("nationality", draft.nationality(), 2, false, problems);
        if (nationality != null) {
            nationality = nationality.toUpperCase(Locale.ROOT);
            if (!NATIONALITY.matcher(nationality).matches()) {
                problems.add(InvalidSubjectInput.problem("nationality", "subjects.error.nationality"));
            }
        }
        String legalForm = text("legalForm", draft.legalForm(), 50, false, problems);
        String ref = text("ref", draft.ref(), 100, false, problems);
        List<String> nace = new ArrayList<>();
        if (draft.naceCodes() != null) {
            for (int i = 0; i < draft.naceCodes().size(); i++) {
                String code = draft.naceCodes().get(i) == null ? "" : draft.naceCodes().get(i).trim();
                if (!NACE.matcher(code).matches()) {
                    problems.add(InvalidSubjectInput.problem("naceCodes[" + i + "]", "subjects.error.nace", code));
                } else {
                    nace.add(code);
                }
            }
        }
        List<SubjectIdentifier> identifiers = new ArrayList<>();
        List<PostalAddress> addresses = new ArrayList<>();
        if (draft.identifiers() != null) {
            for (int i = 0; i < draft.identifiers().size(); i++) {
                SubjectDraft.IdentifierInput input = draft.identifiers().get(i);
                IdentifierType identifierType = enumeration(IdentifierType.class, "identifiers[" + i + "].type",
                        input == null ? null : input.type(), problems);
                if (identifierType == null) {
                    continue;
                }
                IdentifierCheck check = Identifiers.check(identifierType, input.value());
                if (check instanceof IdentifierCheck.Valid valid) {
                    identifiers.add(new SubjectIdentifier(valid.type(), valid.value(), valid.display(), valid.key()));
                } else if (check instanceof IdentifierCheck.Invalid invalid) {
                    problems.add(new InvalidSubjectInput.Problem("identifiers[" + i + "].value", invalid));
                }
            }
        }
        if (draft.addresses() != null) {
            for (int i = 0; i < draft.addresses().size(); i++) {
                SubjectDraft.AddressInput input = draft.addresses().get(i);
                IdentifierCheck check = input == null ? Identifiers.check(IdentifierType.ADDRESS, null)
                        : input.line() != null && !input.line().isBlank() ? Identifiers.check(IdentifierType.ADDRESS, input.line())
                        : Identifiers.checkAddress(input.street(), input.number(), input.box(), input.postcode(), input.municipality());
                if (check instanceof IdentifierCheck.Valid valid) {
                    identifiers.add(new SubjectIdentifier(valid.type(), valid.value(), valid.display(), valid.key()));
                    addressOf(valid).ifPresent(addresses::add);
                } else if (check instanceof IdentifierCheck.Invalid invalid) {
                    problems.add(new InvalidSubjectInput.Problem("addresses[" + i + "]", invalid));
                }
            }
        }
        for (SubjectIdentifier identifier : identifiers) {
            if (identifier.type() == IdentifierType.ADDRESS && addresses.stream().noneMatch(a -> Identifiers.addressKey(a).equals(identifier.key()))) {
                addressOf(identifier.value()).ifPresent(addresses::add);
            }
        }
        NameKeys keys = name == null ? null : Names.keys(name);
        if (keys != null && keys.isEmpty()) {
            problems.add(InvalidSubjectInput.problem("name", "subjects.error.name"));
        }
        return new Checked(type, category, name, keys, birthDate, birthPlace, nationality, legalForm, List.copyOf(nace), ref,
                List.copyOf(identifiers), List.copyOf(addresses), List.copyOf(problems));
    }

    private static Optional<PostalAddress> addressOf(IdentifierCheck.Valid valid) {
        return addressOf(valid.value());
    }

    /** The parts of a normalised address line (‘Street 12 bus 3, 2140 Municipality’). */
    private static Optional<PostalAddress> addressOf(String line) {
        java.util.regex.Matcher m = ADDRESS_LINE.matcher(line);
        return m.matches() ? Optional.of(new PostalAddress(m.group(1), m.group(2), m.group(3), m.group(4), m.group(5)))
                : Optional.empty();
    }

    static <E extends Enum<E>> E enumeration(Class<E> type, String field, String value, List<InvalidSubjectInput.Problem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(InvalidSubjectInput.problem(field, "subjects.error.required"));
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(InvalidSubjectInput.problem(field, "subjects.error.oneOf",
                    String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
            return null;
        }
    }

    static String text(String field, String value, int max, boolean required, List<InvalidSubjectInput.Problem> problems) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(InvalidSubjectInput.problem(field, "subjects.error.required"));
            }
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.length() > max) {
            problems.add(InvalidSubjectInput.problem(field, "subjects.error.tooLong", max));
            return null;
        }
        return trimmed;
    }

    static LocalDate date(String field, String value, List<InvalidSubjectInput.Problem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            problems.add(InvalidSubjectInput.problem(field, "subjects.error.date", value.trim()));
            return null;
        }
    }
}
