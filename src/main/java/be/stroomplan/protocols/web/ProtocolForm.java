package be.stroomplan.protocols.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import be.stroomplan.protocols.DataCategory;
import be.stroomplan.protocols.internal.ProtocolContent;
import be.stroomplan.protocols.internal.ProtocolInput;

/** The protocol form of the register's pages; checked by the same rules as the API. */
public class ProtocolForm {

    private String title;
    private String provider;
    private List<String> recipients = new ArrayList<>();
    private List<String> purposes = new ArrayList<>();
    private List<String> categories = new ArrayList<>();
    private String legalBasis;
    private String legalReference;
    private String validFrom;
    private String validTo;
    private String providerController;
    private String recipientController;
    private String providerDpo;
    private String recipientDpo;
    private Map<String, String> formats = new HashMap<>();
    private Map<String, String> retention = new HashMap<>();
    private String recipientCategories;
    private String communicationMeans;
    private String frequency;
    private String proportionality;
    private String securityMeasures;
    private String rightsRestrictions;
    private String rightsExercise;
    private String providerDpoOpinionDate;
    private String recipientDpoOpinionDate;
    private String signatories;

    static ProtocolForm of(ProtocolContent c) {
        ProtocolForm form = new ProtocolForm();
        form.title = c.title();
        form.provider = c.provider();
        form.recipients = new ArrayList<>(c.recipients());
        form.purposes = new ArrayList<>(c.purposes());
        form.categories = new ArrayList<>(c.categories().stream().map(DataCategory::name).toList());
        form.legalBasis = c.legalBasis();
        form.legalReference = c.legalReference();
        form.validFrom = text(c.validFrom());
        form.validTo = text(c.validTo());
        form.providerController = c.providerController();
        form.recipientController = c.recipientController();
        form.providerDpo = c.providerDpo();
        form.recipientDpo = c.recipientDpo();
        c.categoryTerms().forEach((category, terms) -> {
            form.formats.put(category.name(), terms.format());
            form.retention.put(category.name(), terms.retention());
        });
        form.recipientCategories = c.recipientCategories();
        form.communicationMeans = c.communicationMeans();
        form.frequency = c.frequency();
        form.proportionality = c.proportionality();
        form.securityMeasures = c.securityMeasures();
        form.rightsRestrictions = c.rightsRestrictions();
        form.rightsExercise = c.rightsExercise();
        form.providerDpoOpinionDate = text(c.providerDpoOpinionDate());
        form.recipientDpoOpinionDate = text(c.recipientDpoOpinionDate());
        form.signatories = String.join("\n", c.signatories());
        return form;
    }

    ProtocolInput toInput() {
        return new ProtocolInput(title, provider, recipients, purposes, categories, legalBasis, legalReference, validFrom,
                validTo, providerController, recipientController, providerDpo, recipientDpo, formats, retention,
                recipientCategories, communicationMeans, frequency, proportionality, securityMeasures, rightsRestrictions,
                rightsExercise, providerDpoOpinionDate, recipientDpoOpinionDate,
                signatories == null ? List.of() : Arrays.asList(signatories.split("\\R")));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getProvider() { return provider; }
    public void setProvider(String provider) { this.provider = provider; }
    public List<String> getRecipients() { return recipients; }
    public void setRecipients(List<String> recipients) { this.recipients = recipients == null ? new ArrayList<>() : recipients; }
    public List<String> getPurposes() { return purposes; }
    public void setPurposes(List<String> purposes) { this.purposes = purposes == null ? new ArrayList<>() : purposes; }
    public List<String> getCategories() { return categories; }
    public void setCategories(List<String> categories) { this.categories = categories == null ? new ArrayList<>() : categories; }
    public String getLegalBasis() { return legalBasis; }
    public void setLegalBasis(String legalBasis) { this.legalBasis = legalBasis; }
    public String getLegalReference() { return legalReference; }
    public void setLegalReference(String legalReference) { this.legalReference = legalReference; }
    public String getValidFrom() { return validFrom; }
    public void setValidFrom(String validFrom) { this.validFrom = validFrom; }
    public String getValidTo() { return validTo; }
    public void setValidTo(String validTo) { this.validTo = validTo; }
    public String getProviderController() { return providerController; }
    public void setProviderController(String providerController) { this.providerController = providerController; }
    public String getRecipientController() { return recipientController; }
    public void setRecipientController(String recipientController) { this.recipientController = recipientController; }
    public String getProviderDpo() { return providerDpo; }
    public void setProviderDpo(String providerDpo) { this.providerDpo = providerDpo; }
    public String getRecipientDpo() { return recipientDpo; }
    public void setRecipientDpo(String recipientDpo) { this.recipientDpo = recipientDpo; }
    public Map<String, String> getFormats() { return formats; }
    public void setFormats(Map<String, String> formats) { this.formats = formats; }
    public Map<String, String> getRetention() { return retention; }
    public void setRetention(Map<String, String> retention) { this.retention = retention; }
    public String getRecipientCategories() { return recipientCategories; }
    public void setRecipientCategories(String recipientCategories) { this.recipientCategories = recipientCategories; }
    public String getCommunicationMeans() { return communicationMeans; }
    public void setCommunicationMeans(String communicationMeans) { this.communicationMeans = communicationMeans; }
    public String getFrequency() { return frequency; }
    public void setFrequency(String frequency) { this.frequency = frequency; }
    public String getProportionality() { return proportionality; }
    public void setProportionality(String proportionality) { this.proportionality = proportionality; }
    public String getSecurityMeasures() { return securityMeasures; }
    public void setSecurityMeasures(String securityMeasures) { this.securityMeasures = securityMeasures; }
    public String getRightsRestrictions() { return rightsRestrictions; }
    public void setRightsRestrictions(String rightsRestrictions) { this.rightsRestrictions = rightsRestrictions; }
    public String getRightsExercise() { return rightsExercise; }
    public void setRightsExercise(String rightsExercise) { this.rightsExercise = rightsExercise; }
    public String getProviderDpoOpinionDate() { return providerDpoOpinionDate; }
    public void setProviderDpoOpinionDate(String providerDpoOpinionDate) { this.providerDpoOpinionDate = providerDpoOpinionDate; }
    public String getRecipientDpoOpinionDate() { return recipientDpoOpinionDate; }
    public void setRecipientDpoOpinionDate(String recipientDpoOpinionDate) { this.recipientDpoOpinionDate = recipientDpoOpinionDate; }
    public String getSignatories() { return signatories; }
    public void setSignatories(String signatories) { this.signatories = signatories; }
}
