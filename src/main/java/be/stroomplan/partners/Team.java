package be.stroomplan.partners;

import java.util.Locale;
import java.util.UUID;

/** A team: KALI, MAHO or COAC. */
public record Team(UUID id, String code, String nameNl, String nameFr, String nameEn) {

    public String name(Locale locale) {
        return switch (locale == null ? "nl" : locale.getLanguage()) {
            case "fr" -> nameFr;
            case "en" -> nameEn;
            default -> nameNl;
        };
    }
}
