package be.stroomplan.subjects.identifiers;

import java.util.Locale;

import be.stroomplan.subjects.IdentifierCheck;
import be.stroomplan.subjects.IdentifierType;

/**
 * The Belgian enterprise number (KBO/BCE): ten digits, the first 0 or 1, the last two equal to 97
 * minus the first eight modulo 97. Accepts the usual dots, spaces and the VAT prefix ‘BE’.
 */
public final class EnterpriseNumbers {

    private static final IdentifierType TYPE = IdentifierType.ENTERPRISE_NUMBER;

    private EnterpriseNumbers() {
    }

    public static IdentifierCheck check(String input) {
        if (Separators.isBlank(input)) {
            return Separators.empty(TYPE);
        }
        String digits = Separators.strip(input, ".-/");
        if (digits.toUpperCase(Locale.ROOT).startsWith("BE")) {
            digits = digits.substring(2);
        }
        if (!Separators.allDigits(digits)) {
            return Separators.notDigits(TYPE, digits);
        }
        if (digits.length() != 10) {
            return Separators.digitCount(TYPE, 10, digits.length());
        }
        char first = digits.charAt(0);
        if (first != '0' && first != '1') {
            return IdentifierCheck.Invalid.of(TYPE, "subjects.enterpriseNumber.firstDigit", first);
        }
        int check = Integer.parseInt(digits.substring(8));
        if (CheckDigits.enterpriseNumber(Long.parseLong(digits.substring(0, 8))) != check) {
            return Separators.checkDigits(TYPE);
        }
        return new IdentifierCheck.Valid(TYPE, digits, format(digits));
    }

    /** 0566.988.259 */
    public static String format(String digits) {
        return digits.substring(0, 4) + "." + digits.substring(4, 7) + "." + digits.substring(7);
    }

    /** The enterprise number whose first eight digits are {@code firstEight} (below 20,000,000). */
    public static String compose(long firstEight) {
        if (firstEight < 0 || firstEight >= 20_000_000L) {
            throw new IllegalArgumentException("the first eight digits must start with 0 or 1: " + firstEight);
        }
        return CheckDigits.padded(firstEight, 8) + CheckDigits.padded(CheckDigits.enterpriseNumber(firstEight), 2);
    }
}
