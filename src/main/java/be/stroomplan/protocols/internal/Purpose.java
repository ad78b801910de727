package be.stroomplan.protocols.internal;

import java.util.Locale;

/** A purpose from the managed list, with its name in the three languages. */
public record Purpose(String code, String nameNl, String nameFr, String nameEn) {

    public String name(Locale locale) {
        return switch (locale == null ? "nl" : locale.getLanguage()) {
            case "fr" -> nameFr;
            case "en" -> nameEn;
            default -> nameNl;
        };
    }
}
