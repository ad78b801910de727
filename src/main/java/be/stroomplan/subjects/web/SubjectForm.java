package be.stroomplan.subjects.web;

import java.util.ArrayList;
import java.util.List;

import be.stroomplan.subjects.SubjectDraft;

/** The create-subject form: one identifier and one address line, enough for a record by hand. */
public class SubjectForm {

    private String compartment;
    private String type = "PERSON";
    private String name;
    private String birthDate;
    private String birthPlace;
    private String nationality;
    private String legalForm;
    private String ref;
    private String category = "SUSPECT";
    private String identifierType = "NATIONAL_NUMBER";
    private String identifierValue;
    private String address;
    private boolean onRecord;

    SubjectDraft draft() {
        List<SubjectDraft.IdentifierInput> identifiers = new ArrayList<>();
        if (identifierValue != null && !identifierValue.isBlank()) {
            identifiers.add(new SubjectDraft.IdentifierInput(identifierType, identifierValue));
        }
        List<SubjectDraft.AddressInput> addresses = new ArrayList<>();
        if (address != null && !address.isBlank()) {
            addresses.add(new SubjectDraft.AddressInput(null, null, null, null, null, address));
        }
        return new SubjectDraft(compartment, type, name, birthDate, birthPlace, nationality, legalForm, List.of(), ref, category,
                onRecord, identifiers, addresses);
    }

    /** The form field a problem of the draft belongs to. */
    static String field(String draftField) {
        if (draftField.startsWith("identifiers[")) {
            return draftField.endsWith(".type") ? "identifierType" : "identifierValue";
        }
        if (draftField.startsWith("addresses[")) {
            return "address";
        }
        if (draftField.startsWith("naceCodes")) {
            return "legalForm";
        }
        return draftField;
    }

    public String getCompartment() {
        return compartment;
    }

    public void setCompartment(String compartment) {
        this.compartment = compartment;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(String birthDate) {
        this.birthDate = birthDate;
    }

    public String getBirthPlace() {
        return birthPlace;
    }

    public void setBirthPlace(String birthPlace) {
        this.birthPlace = birthPlace;
    }

    public String getNationality() {
        return nationality;
    }

    public void setNationality(String nationality) {
        this.nationality = nationality;
    }

    public String getLegalForm() {
        return legalForm;
    }

    public void setLegalForm(String legalForm) {
        this.legalForm = legalForm;
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getIdentifierType() {
        return identifierType;
    }

    public void setIdentifierType(String identifierType) {
        this.identifierType = identifierType;
    }

    public String getIdentifierValue() {
        return identifierValue;
    }

    public void setIdentifierValue(String identifierValue) {
        this.identifierValue = identifierValue;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public boolean isOnRecord() {
        return onRecord;
    }

    public void setOnRecord(boolean onRecord) {
        this.onRecord = onRecord;
    }
}
