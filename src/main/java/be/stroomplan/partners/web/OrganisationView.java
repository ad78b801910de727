package be.stroomplan.partners.web;

import java.util.Map;

import be.stroomplan.partners.Organisation;

/** An organisation as the API shows it. */
record OrganisationView(String id, String code, String name, Map<String, String> names, String kind, boolean active) {

    static OrganisationView of(Organisation organisation) {
        return new OrganisationView(organisation.id().toString(), organisation.code(), organisation.nameNl(),
                Map.of("nl", organisation.nameNl(), "fr", organisation.nameFr(), "en", organisation.nameEn()),
                organisation.kind().name(), organisation.active());
    }
}
