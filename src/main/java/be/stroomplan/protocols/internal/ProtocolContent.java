package be.stroomplan.protocols.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import be.stroomplan.protocols.DataCategory;

/**
 * What a protocol version says, field by field after art. 20 of the act of 30 July 2018. The
 * first group is what a data flow is checked against and what activation requires; the rest
 * completes the legal frame (missing parts are {@link #warnings() warnings}, not blockers).
 */
public record ProtocolContent(
        String title, String provider, List<String> recipients, List<String> purposes, List<DataCategory> categories,
        String legalBasis, String legalReference, LocalDate validFrom, LocalDate validTo,
        String providerController, String recipientController, String providerDpo, String recipientDpo,
        Map<DataCategory, CategoryTerms> categoryTerms, String recipientCategories,
        String communicationMeans, String frequency, String proportionality, String securityMeasures,
        String rightsRestrictions, String rightsExercise,
        LocalDate providerDpoOpinionDate, LocalDate recipientDpoOpinionDate, List<String> signatories) {

    /** Format and retention period of one data category. */
    public record CategoryTerms(String format, String retention) {
    }

    public ProtocolContent {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        purposes = purposes == null ? List.of() : List.copyOf(purposes);
        categories = categories == null ? List.of() : List.copyOf(categories);
        signatories = signatories == null ? List.of() : List.copyOf(signatories);
        EnumMap<DataCategory, CategoryTerms> terms = new EnumMap<>(DataCategory.class);
        if (categoryTerms != null) {
            for (Map.Entry<DataCategory, CategoryTerms> entry : categoryTerms.entrySet()) {
                if (categories.contains(entry.getKey()) && entry.getValue() != null) {
                    terms.put(entry.getKey(), entry.getValue());
                }
            }
        }
        categoryTerms = Map.copyOf(terms);
    }

    /** The fields activation requires that are missing or wrong, by their API names. */
    public List<String> missingForActivation() {
        List<String> missing = new ArrayList<>();
        if (blank(title)) {
            missing.add("title");
        }
        if (blank(provider)) {
            missing.add("provider");
        }
        if (recipients.isEmpty()) {
            missing.add("recipients");
        }
        if (purposes.isEmpty()) {
            missing.add("purposes");
        }
        if (categories.isEmpty()) {
            missing.add("categories");
        }
        if (blank(legalBasis)) {
            missing.add("legalBasis");
        }
        if (validFrom == null) {
            missing.add("validFrom");
        }
        if (validTo == null || (validFrom != null && validTo.isBefore(validFrom))) {
            missing.add("validTo");
        }
        return missing;
    }

    /**
     * The parts of the art. 20 frame this version leaves empty, by their API names. They do not
     * block activation (partner systems create protocols with the §7 fields only), but the register
     * shows them so that the legal frame is visibly incomplete. DPO opinion documents are checked by
     * the caller, which knows the attachments.
     */
    public List<String> warnings() {
        List<String> warnings = new ArrayList<>();
        check(warnings, "legalReference", legalReference);
        check(warnings, "providerController", providerController);
        check(warnings, "recipientController", recipientController);
        check(warnings, "providerDpo", providerDpo);
        check(warnings, "recipientDpo", recipientDpo);
        check(warnings, "recipientCategories", recipientCategories);
        if (categories.stream().anyMatch(c -> categoryTerms.get(c) == null || blank(categoryTerms.get(c).format()))) {
            warnings.add("formats");
        }
        if (categories.stream().anyMatch(c -> categoryTerms.get(c) == null || blank(categoryTerms.get(c).retention()))) {
            warnings.add("retention");
        }
        check(warnings, "communicationMeans", communicationMeans);
        check(warnings, "frequency", frequency);
        check(warnings, "proportionality", proportionality);
        check(warnings, "securityMeasures", securityMeasures);
        check(warnings, "rightsRestrictions", rightsRestrictions);
        check(warnings, "rightsExercise", rightsExercise);
        if (providerDpoOpinionDate == null) {
            warnings.add("providerDpoOpinionDate");
        }
        if (recipientDpoOpinionDate == null) {
            warnings.add("recipientDpoOpinionDate");
        }
        if (signatories.isEmpty()) {
            warnings.add("signatories");
        }
        return warnings;
    }

    private static void check(List<String> warnings, String field, String value) {
        if (blank(value)) {
            warnings.add(field);
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
