package be.stroomplan.protocols.web;

import java.util.List;
import java.util.Map;

import be.stroomplan.protocols.internal.ProtocolInput;

/**
 * The body of {@code POST /api/v1/protocols} and {@code PUT /api/v1/protocols/{id}}: the fields of
 * DESIGN.md §7 (required) and the optional art. 20 fields. Codes and dates are read as text and
 * checked field by field; unknown extra fields are ignored.
 */
record ProtocolRequest(String title, String provider, List<String> recipients, List<String> purposes,
                       List<String> categories, String legalBasis, String legalReference, String validFrom,
                       String validTo, String providerController, String recipientController, String providerDpo,
                       String recipientDpo, Map<String, String> formats, Map<String, String> retention,
                       String recipientCategories, String communicationMeans, String frequency, String proportionality,
                       String securityMeasures, String rightsRestrictions, String rightsExercise,
                       String providerDpoOpinionDate, String recipientDpoOpinionDate, List<String> signatories) {

    ProtocolInput toInput() {
        return new ProtocolInput(title, provider, recipients, purposes, categories, legalBasis, legalReference, validFrom,
                validTo, providerController, recipientController, providerDpo, recipientDpo, formats, retention,
                recipientCategories, communicationMeans, frequency, proportionality, securityMeasures, rightsRestrictions,
                rightsExercise, providerDpoOpinionDate, recipientDpoOpinionDate, signatories);
    }
}
