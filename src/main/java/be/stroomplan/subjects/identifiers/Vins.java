package be.stroomplan.subjects.identifiers;

import java.util.Locale;

import be.stroomplan.subjects.IdentifierCheck;
import be.stroomplan.subjects.IdentifierType;

/**
 * The vehicle identification number (ISO 3779): 17 capitals and digits, never I, O or Q. ISO 3779
 * leaves the check digit in position 9 optional; North America (world manufacturer identifiers
 * starting with 1 to 5: the United States, Canada, Mexico) mandates it, so it is checked there and
 * only there. A European VIN has no check digit to verify.
 */
public final class Vins {

    private static final IdentifierType TYPE = IdentifierType.VIN;

    private Vins() {
    }

    public static IdentifierCheck check(String input) {
        if (Separators.isBlank(input)) {
            return Separators.empty(TYPE);
        }
        String vin = Separators.strip(input, "-").toUpperCase(Locale.ROOT);
        if (!Separators.allAlphanumeric(vin)) {
            return Separators.notAlphanumeric(TYPE, vin);
        }
        if (vin.length() != 17) {
            return Separators.characterCount(TYPE, 17, vin.length());
        }
        if (vin.indexOf('I') >= 0 || vin.indexOf('O') >= 0 || vin.indexOf('Q') >= 0) {
            return IdentifierCheck.Invalid.of(TYPE, "subjects.vin.letters");
        }
        if (isNorthAmerican(vin) && CheckDigits.vin(vin) != vin.charAt(8)) {
            return IdentifierCheck.Invalid.of(TYPE, "subjects.vin.checkDigit");
        }
        return new IdentifierCheck.Valid(TYPE, vin, vin);
    }

    /** Whether the VIN's world manufacturer identifier is North-American, where the check digit is mandatory. */
    public static boolean isNorthAmerican(String vin) {
        char first = vin.charAt(0);
        return first >= '1' && first <= '5';
    }
}
