package be.stroomplan.partners;

import java.util.Locale;
import java.util.UUID;

/** A partner organisation, with its name in the three languages of the platform. */
public record Organisation(UUID id, String code, String nameNl, String nameFr, String nameEn,
                           OrganisationKind kind, boolean active) {

    public String name(Locale locale) {
        return switch (locale == null ? "nl" : locale.getLanguage()) {
            case "fr" -> nameFr;
            case "en" -> nameEn;
            default -> nameNl;
        };
    }
}
