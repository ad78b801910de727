package be.stroomplan.subjects.identifiers;

import java.util.Locale;
import java.util.regex.Pattern;

import be.stroomplan.subjects.IdentifierCheck;
import be.stroomplan.subjects.IdentifierType;

/**
 * Belgian licence plates, which carry no check digit. Three ordinary formats are recognised:
 * 1-ABC-123 (since 2010), ABC-123 (1973 to 2008) and 123-ABC (2008 to 2010). Spaces, dots and
 * dashes are read as separators and the letters as capitals; the value is written with dashes.
 * Personalised, diplomatic, military, trade and temporary plates are not recognised and are
 * refused rather than guessed at.
 */
public final class Plates {

    private static final IdentifierType TYPE = IdentifierType.PLATE;
    private static final Pattern CURRENT = Pattern.compile("([1-9])([A-Z]{3})([0-9]{3})");
    private static final Pattern LETTERS_FIRST = Pattern.compile("([A-Z]{3})([0-9]{3})");
    private static final Pattern DIGITS_FIRST = Pattern.compile("([0-9]{3})([A-Z]{3})");

    private Plates() {
    }

    public static IdentifierCheck check(String input) {
        if (Separators.isBlank(input)) {
            return Separators.empty(TYPE);
        }
        String plate = Separators.strip(input, "-.·/").toUpperCase(Locale.ROOT);
        if (!Separators.allAlphanumeric(plate)) {
            return Separators.notAlphanumeric(TYPE, plate);
        }
        var current = CURRENT.matcher(plate);
        if (current.matches()) {
            return valid(current.group(1) + "-" + current.group(2) + "-" + current.group(3));
        }
        var lettersFirst = LETTERS_FIRST.matcher(plate);
        if (lettersFirst.matches()) {
            return valid(lettersFirst.group(1) + "-" + lettersFirst.group(2));
        }
        var digitsFirst = DIGITS_FIRST.matcher(plate);
        if (digitsFirst.matches()) {
            return valid(digitsFirst.group(1) + "-" + digitsFirst.group(2));
        }
        return IdentifierCheck.Invalid.of(TYPE, "subjects.plate.format", input.strip());
    }

    private static IdentifierCheck valid(String plate) {
        return new IdentifierCheck.Valid(TYPE, plate, plate);
    }
}
