package be.stroomplan.sharing.web;

import java.util.Locale;
import java.util.Optional;

import be.stroomplan.partners.Classification;
import be.stroomplan.protocols.CompartmentKind;
import be.stroomplan.protocols.CompartmentRole;
import be.stroomplan.protocols.DataCategory;
import be.stroomplan.protocols.HandlingCode;
import be.stroomplan.protocols.PolicyRules;
import be.stroomplan.sharing.InformationAccuracy;
import be.stroomplan.sharing.ItemContent;
import be.stroomplan.sharing.MemberType;
import be.stroomplan.sharing.SourceReliability;
import be.stroomplan.sharing.Tlp;

import org.springframework.validation.Errors;

/**
 * The forms of the sharing pages. Every value arrives as text; {@code check} records a field error
 * with a message code (translated on the page) instead of failing on a value it cannot read.
 */
final class SharingForms {

    static final String REQUIRED = "sharing.form.required";
    static final String CHOOSE = "sharing.form.choose";
    static final String TOO_LONG = "sharing.form.tooLong";

    private SharingForms() {
    }

    static <E extends Enum<E>> E choice(Errors errors, String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            errors.rejectValue(field, REQUIRED);
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.rejectValue(field, CHOOSE);
            return null;
        }
    }

    static String text(Errors errors, String field, String value, boolean required, int max) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.rejectValue(field, REQUIRED);
            }
            return null;
        }
        if (value.length() > max) {
            errors.rejectValue(field, TOO_LONG, new Object[] { max }, null);
            return null;
        }
        return value.trim();
    }

    /** Opening a compartment. */
    public static class CompartmentForm {
        private String kind;
        private String title;
        private String reference;

        CompartmentKind check(Errors errors) {
            CompartmentKind k = choice(errors, "kind", kind, CompartmentKind.class);
            text(errors, "title", title, true, 300);
            text(errors, "reference", reference, false, 100);
            return k;
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getReference() {
            return reference;
        }

        public void setReference(String reference) {
            this.reference = reference;
        }
    }

    /** Adding a member to a compartment, or changing its role. */
    public static class MemberForm {
        private String type = "USER";
        private String id;
        private String role = "MEMBER";

        record Checked(MemberType type, String id, CompartmentRole role) {
        }

        Checked check(Errors errors) {
            MemberType t = choice(errors, "type", type, MemberType.class);
            String i = text(errors, "id", id, true, 100);
            CompartmentRole r = choice(errors, "role", role, CompartmentRole.class);
            return errors.hasErrors() ? null : new Checked(t, i, r);
        }

        public String getType() {
            return type;
        }

        public void setType(String type) {
            this.type = type;
        }

        public String getId() {
            return id;
        }

        public void setId(String id) {
            this.id = id;
        }

        public String getRole() {
            return role;
        }

        public void setRole(String role) {
            this.role = role;
        }
    }

    /** Adding an item to a compartment. */
    public static class ItemForm {
        private String category;
        private String classification = "NONE";
        private String tlp = "AMBER";
        private String sourceReliability;
        private String informationAccuracy;
        private String handlingCode = "H0";
        private String handlingNote;
        private String title;
        private String text;

        ItemContent check(Errors errors) {
            DataCategory c = choice(errors, "category", category, DataCategory.class);
            Classification cl = choice(errors, "classification", classification, Classification.class);
            Tlp t = parsed(errors, "tlp", tlp, Tlp.parse(tlp));
            SourceReliability s = choice(errors, "sourceReliability", sourceReliability, SourceReliability.class);
            InformationAccuracy a = parsed(errors, "informationAccuracy", informationAccuracy,
                    InformationAccuracy.parse(informationAccuracy));
            HandlingCode h = choice(errors, "handlingCode", handlingCode, HandlingCode.class);
            String note = text(errors, "handlingNote", handlingNote, h == HandlingCode.H3, 1000);
            if (h == HandlingCode.H3 && note == null && !errors.hasFieldErrors("handlingNote")) {
                errors.rejectValue("handlingNote", REQUIRED);
            }
            String ti = text(errors, "title", title, false, 300);
            String te = text(errors, "text", text, true, 100_000);
            if (errors.hasErrors()) {
                return null;
            }
            return new ItemContent(c, cl, t, s, a, h, note, ti, te, null, null);
        }

        private static <T> T parsed(Errors errors, String field, String value, Optional<T> parsed) {
            if (value == null || value.isBlank()) {
                errors.rejectValue(field, REQUIRED);
                return null;
            }
            if (parsed.isEmpty()) {
                errors.rejectValue(field, CHOOSE);
            }
            return parsed.orElse(null);
        }

        public String getCategory() {
            return category;
        }

        public void setCategory(String category) {
            this.category = category;
        }

        public String getClassification() {
            return classification;
        }

        public void setClassification(String classification) {
            this.classification = classification;
        }

        public String getTlp() {
            return tlp;
        }

        public void setTlp(String tlp) {
            this.tlp = tlp;
        }

        public String getSourceReliability() {
            return sourceReliability;
        }

        public void setSourceReliability(String sourceReliability) {
            this.sourceReliability = sourceReliability;
        }

        public String getInformationAccuracy() {
            return informationAccuracy;
        }

        public void setInformationAccuracy(String informationAccuracy) {
            this.informationAccuracy = informationAccuracy;
        }

        public String getHandlingCode() {
            return handlingCode;
        }

        public void setHandlingCode(String handlingCode) {
            this.handlingCode = handlingCode;
        }

        public String getHandlingNote() {
            return handlingNote;
        }

        public void setHandlingNote(String handlingNote) {
            this.handlingNote = handlingNote;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }

    /** Disclosing an item: recipient organisation, target compartment, purpose code. */
    public static class DiscloseForm {
        private String recipient;
        private String compartment;
        private String purposeCode;

        boolean complete() {
            return recipient != null && !recipient.isBlank() && compartment != null && !compartment.isBlank()
                    && purposeCode != null && !purposeCode.isBlank();
        }

        void check(Errors errors) {
            text(errors, "recipient", recipient, true, 100);
            text(errors, "compartment", compartment, true, 100);
            text(errors, "purposeCode", purposeCode, true, 100);
        }

        public String getRecipient() {
            return recipient;
        }

        public void setRecipient(String recipient) {
            this.recipient = recipient;
        }

        public String getCompartment() {
            return compartment;
        }

        public void setCompartment(String compartment) {
            this.compartment = compartment;
        }

        public String getPurposeCode() {
            return purposeCode;
        }

        public void setPurposeCode(String purposeCode) {
            this.purposeCode = purposeCode;
        }
    }

    /** The least length of a written justification, as the policy demands it. */
    static final int MIN_JUSTIFICATION = PolicyRules.MIN_JUSTIFICATION;
}
