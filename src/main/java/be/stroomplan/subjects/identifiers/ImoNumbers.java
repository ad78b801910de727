package be.stroomplan.subjects.identifiers;

import java.util.Locale;

import be.stroomplan.subjects.IdentifierCheck;
import be.stroomplan.subjects.IdentifierType;

/**
 * The IMO ship identification number: seven digits, the last being the last digit of the first six
 * weighted 7, 6, 5, 4, 3, 2. The prefix ‘IMO’ is optional on input and added for display.
 */
public final class ImoNumbers {

    private static final IdentifierType TYPE = IdentifierType.IMO;

    private ImoNumbers() {
    }

    public static IdentifierCheck check(String input) {
        if (Separators.isBlank(input)) {
            return Separators.empty(TYPE);
        }
        String digits = Separators.strip(input, ".-:").toUpperCase(Locale.ROOT);
        if (digits.startsWith("IMO")) {
            digits = digits.substring(3);
        }
        if (!Separators.allDigits(digits)) {
            return Separators.notDigits(TYPE, digits);
        }
        if (digits.length() != 7) {
            return Separators.digitCount(TYPE, 7, digits.length());
        }
        if (CheckDigits.imo(digits) != digits.charAt(6) - '0') {
            return Separators.checkDigits(TYPE);
        }
        return new IdentifierCheck.Valid(TYPE, digits, "IMO " + digits);
    }

    /** The IMO number of six leading digits. */
    public static String compose(int firstSix) {
        String digits = CheckDigits.padded(firstSix, 6);
        return digits + CheckDigits.imo(digits);
    }
}
