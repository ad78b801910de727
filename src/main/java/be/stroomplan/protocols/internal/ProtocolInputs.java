package be.stroomplan.protocols.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import be.stroomplan.partners.PartnerDirectory;
import be.stroomplan.protocols.DataCategory;
import be.stroomplan.protocols.internal.ProtocolContent.CategoryTerms;
import be.stroomplan.protocols.internal.ProtocolInput.FieldProblem;

import org.springframework.stereotype.Component;

/**
 * Checks a {@link ProtocolInput}: required fields, known organisation, purpose and category
 * codes, ISO dates, a validity that does not end before it starts, a provider that is not also
 * a recipient. Every problem is reported at once, by field.
 */
@Component
public class ProtocolInputs {

    static final int LINE = 300;
    static final int TEXT = 10_000;

    private final PartnerDirectory partners;
    private final PurposeStore purposes;

    ProtocolInputs(PartnerDirectory partners, PurposeStore purposes) {
        this.partners = partners;
        this.purposes = purposes;
    }

    /** The checked content, or the problems. */
    public record Checked(ProtocolContent content, List<FieldProblem> problems) {

        public boolean valid() {
            return problems.isEmpty();
        }
    }

    public Checked check(ProtocolInput in) {
        List<FieldProblem> problems = new ArrayList<>();
        String title = text(problems, "title", in.title(), LINE, true);
        String provider = code(in.provider());
        if (provider == null) {
            problems.add(required("provider"));
        } else if (partners.organisation(provider).isEmpty()) {
            problems.add(new FieldProblem("provider", "protocol.field.unknownOrganisation", "is not a known organisation code"));
        }
        List<String> recipients = codes(problems, "recipients", in.recipients(),
                code -> partners.organisation(code).isPresent(), "protocol.field.unknownOrganisation", "is not a known organisation code");
        if (provider != null && recipients.contains(provider)) {
            problems.add(new FieldProblem("recipients", "protocol.field.recipientIsProvider", "must not contain the provider"));
        }
        List<String> purposeCodes = codes(problems, "purposes", in.purposes(), code -> purposes.find(code).isPresent(),
                "protocol.field.unknownPurpose", "is not a known purpose code");
        List<DataCategory> categories = codes(problems, "categories", in.categories(), ProtocolInputs::isCategory,
                "protocol.field.unknownCategory", "is not a known data category").stream().map(DataCategory::valueOf).toList();
        String legalBasis = text(problems, "legalBasis", in.legalBasis(), TEXT, true);
        LocalDate validFrom = date(problems, "validFrom", in.validFrom(), true);
        LocalDate validTo = date(problems, "validTo", in.validTo(), true);
        if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
            problems.add(new FieldProblem("validTo", "protocol.field.validToBeforeValidFrom", "must not be before validFrom"));
        }
        Map<DataCategory, CategoryTerms> terms = new EnumMap<>(DataCategory.class);
        for (DataCategory category : categories) {
            String format = text(problems, "formats[" + category + "]", value(in.formats(), category), LINE, false);
            String retention = text(problems, "retention[" + category + "]", value(in.retention(), category), LINE, false);
            if (format != null || retention != null) {
                terms.put(category, new CategoryTerms(format, retention));
            }
        }
        List<String> signatories = in.signatories() == null ? List.of() : in.signatories().stream()
                .filter(Objects::nonNull).map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (signatories.stream().anyMatch(s -> s.length() > LINE)) {
            problems.add(new FieldProblem("signatories", "protocol.field.tooLong", "must have at most " + LINE + " characters per line"));
        }
        ProtocolContent content = new ProtocolContent(title, provider, recipients, purposeCodes, categories, legalBasis,
                text(problems, "legalReference", in.legalReference(), LINE, false), validFrom, validTo,
                text(problems, "providerController", in.providerController(), LINE, false),
                text(problems, "recipientController", in.recipientController(), LINE, false),
                text(problems, "providerDpo", in.providerDpo(), LINE, false),
                text(problems, "recipientDpo", in.recipientDpo(), LINE, false), terms,
                text(problems, "recipientCategories", in.recipientCategories(), TEXT, false),
                text(problems, "communicationMeans", in.communicationMeans(), TEXT, false),
                text(problems, "frequency", in.frequency(), LINE, false),
                text(problems, "proportionality", in.proportionality(), TEXT, false),
                text(problems, "securityMeasures", in.securityMeasures(), TEXT, false),
                text(problems, "rightsRestrictions", in.rightsRestrictions(), TEXT, false),
                text(problems, "rightsExercise", in.rightsExercise(), TEXT, false),
                date(problems, "providerDpoOpinionDate", in.providerDpoOpinionDate(), false),
                date(problems, "recipientDpoOpinionDate", in.recipientDpoOpinionDate(), false), signatories);
        return new Checked(problems.isEmpty() ? content : null, List.copyOf(problems));
    }

    private static String value(Map<String, String> values, DataCategory category) {
        return values == null ? null : values.get(category.name());
    }

    private static boolean isCategory(String code) {
        for (DataCategory category : DataCategory.values()) {
            if (category.name().equals(code)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> codes(List<FieldProblem> problems, String field, List<String> values,
                                      Function<String, Boolean> known, String code, String message) {
        Set<String> codes = new LinkedHashSet<>();
        if (values != null) {
            values.stream().map(ProtocolInputs::code).filter(Objects::nonNull).forEach(codes::add);
        }
        if (codes.isEmpty()) {
            problems.add(required(field));
            return List.of();
        }
        List<String> unknown = codes.stream().filter(c -> !known.apply(c)).toList();
        if (!unknown.isEmpty()) {
            problems.add(new FieldProblem(field, code, message + ": " + String.join(", ", unknown)));
            codes.removeAll(unknown);
        }
        return List.copyOf(codes);
    }

    private static String code(String value) {
        return value == null || value.isBlank() ? null : value.trim().toUpperCase(Locale.ROOT);
    }

    private static String text(List<FieldProblem> problems, String field, String value, int max, boolean required) {
        String trimmed = value == null || value.isBlank() ? null : value.trim();
        if (trimmed == null && required) {
            problems.add(required(field));
        } else if (trimmed != null && trimmed.length() > max) {
            problems.add(new FieldProblem(field, "protocol.field.tooLong", "must have at most " + max + " characters"));
        }
        return trimmed;
    }

    private static LocalDate date(List<FieldProblem> problems, String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(required(field));
            }
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "protocol.field.badDate", "is not a date in the form YYYY-MM-DD"));
            return null;
        }
    }

    private static FieldProblem required(String field) {
        return new FieldProblem(field, "protocol.field.required", "is required");
    }
}
