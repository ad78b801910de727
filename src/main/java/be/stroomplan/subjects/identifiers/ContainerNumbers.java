package be.stroomplan.subjects.identifiers;

import java.util.Locale;
import java.util.regex.Pattern;

import be.stroomplan.subjects.IdentifierCheck;
import be.stroomplan.subjects.IdentifierType;

/**
 * The freight container number (ISO 6346): a three-letter owner code, a category letter (U for
 * freight containers, J for detachable equipment, Z for trailers and chassis), a six-digit serial
 * number and a check digit. Letters count A=10 upwards skipping 11, 22 and 33; the ten characters
 * are weighted 2^0 … 2^9; the check digit is the sum modulo 11, with 10 written as 0.
 */
public final class ContainerNumbers {

    private static final IdentifierType TYPE = IdentifierType.CONTAINER;
    private static final Pattern SHAPE = Pattern.compile("[A-Z]{4}[0-9]{7}");

    private ContainerNumbers() {
    }

    public static IdentifierCheck check(String input) {
        if (Separators.isBlank(input)) {
            return Separators.empty(TYPE);
        }
        String number = Separators.strip(input, "-./").toUpperCase(Locale.ROOT);
        if (!Separators.allAlphanumeric(number)) {
            return Separators.notAlphanumeric(TYPE, number);
        }
        if (!SHAPE.matcher(number).matches()) {
            return IdentifierCheck.Invalid.of(TYPE, "subjects.container.shape");
        }
        char category = number.charAt(3);
        if (category != 'U' && category != 'J' && category != 'Z') {
            return IdentifierCheck.Invalid.of(TYPE, "subjects.container.category", category);
        }
        if (CheckDigits.container(number.substring(0, 10)) != number.charAt(10) - '0') {
            return Separators.checkDigits(TYPE);
        }
        String display = number.substring(0, 4) + " " + number.substring(4, 10) + " " + number.charAt(10);
        return new IdentifierCheck.Valid(TYPE, number, display);
    }

    /** The container number of an owner code with its category letter (four capitals) and a serial number. */
    public static String compose(String ownerAndCategory, int serial) {
        String firstTen = ownerAndCategory + CheckDigits.padded(serial, 6);
        return firstTen + CheckDigits.container(firstTen);
    }
}
