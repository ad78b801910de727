package be.stroomplan.protocols.internal;

import java.util.List;
import java.util.Map;

/**
 * A protocol as typed by a person or sent by a partner system: codes and dates still as text, so
 * that every mistake becomes a field error rather than a parse failure. {@link ProtocolInputs}
 * checks it and turns it into {@link ProtocolContent}.
 */
public record ProtocolInput(
        String title, String provider, List<String> recipients, List<String> purposes, List<String> categories,
        String legalBasis, String legalReference, String validFrom, String validTo,
        String providerController, String recipientController, String providerDpo, String recipientDpo,
        Map<String, String> formats, Map<String, String> retention, String recipientCategories,
        String communicationMeans, String frequency, String proportionality, String securityMeasures,
        String rightsRestrictions, String rightsExercise,
        String providerDpoOpinionDate, String recipientDpoOpinionDate, List<String> signatories) {

    /** One problem with one field: its name, a message key for people and a default message for the API. */
    public record FieldProblem(String field, String code, String message) {
    }
}
