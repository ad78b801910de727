package be.stroomplan.subjects.identifiers;

import java.time.DateTimeException;
import java.time.LocalDate;

import be.stroomplan.subjects.IdentifierCheck;
import be.stroomplan.subjects.IdentifierType;

/**
 * The Belgian national register number (rijksregisternummer) and bis number: YYMMDD, a three-digit
 * counter (odd for men, even for women, 001 to 997), and two check digits equal to 97 minus the
 * first nine digits modulo 97, with a ‘2’ put before those nine digits for births from 2000. The
 * check digits therefore also tell the century. A bis number adds 20 (sex unknown when assigned)
 * or 40 (sex known) to the month. A birth date that was unknown is written with day 00, or with
 * month and day 00.
 */
public final class NationalNumbers {

    private static final IdentifierType TYPE = IdentifierType.NATIONAL_NUMBER;

    private NationalNumbers() {
    }

    public static IdentifierCheck check(String input, LocalDate today) {
        if (Separators.isBlank(input)) {
            return Separators.empty(TYPE);
        }
        String digits = Separators.strip(input, ".-/");
        if (!Separators.allDigits(digits)) {
            return Separators.notDigits(TYPE, digits);
        }
        if (digits.length() != 11) {
            return Separators.digitCount(TYPE, 11, digits.length());
        }
        int counter = Integer.parseInt(digits.substring(6, 9));
        if (counter < 1 || counter > 997) {
            return IdentifierCheck.Invalid.of(TYPE, "subjects.nationalNumber.counter", digits.substring(6, 9));
        }
        long firstNine = Long.parseLong(digits.substring(0, 9));
        int check = Integer.parseInt(digits.substring(9));
        boolean from2000;
        if (CheckDigits.nationalNumber(firstNine, false) == check) {
            from2000 = false;
        } else if (CheckDigits.nationalNumber(firstNine, true) == check) {
            from2000 = true;
        } else {
            return Separators.checkDigits(TYPE);
        }
        int year = (from2000 ? 2000 : 1900) + Integer.parseInt(digits.substring(0, 2));
        int coded = Integer.parseInt(digits.substring(2, 4));
        int month = coded >= 40 ? coded - 40 : coded >= 20 ? coded - 20 : coded;
        int day = Integer.parseInt(digits.substring(4, 6));
        String written = year + "-" + digits.substring(2, 4) + "-" + digits.substring(4, 6);
        if (month > 12 || (month == 0 && day != 0)) {
            return IdentifierCheck.Invalid.of(TYPE, "subjects.nationalNumber.date", written);
        }
        if (month != 0 && day != 0) {
            LocalDate birth;
            try {
                birth = LocalDate.of(year, month, day);
            } catch (DateTimeException impossible) {
                return IdentifierCheck.Invalid.of(TYPE, "subjects.nationalNumber.date", written);
            }
            if (birth.isAfter(today)) {
                return IdentifierCheck.Invalid.of(TYPE, "subjects.nationalNumber.future", birth.toString());
            }
        } else if (year > today.getYear() || (month != 0 && year == today.getYear() && month > today.getMonthValue())) {
            return IdentifierCheck.Invalid.of(TYPE, "subjects.nationalNumber.future", written);
        }
        String display = digits.substring(0, 2) + "." + digits.substring(2, 4) + "." + digits.substring(4, 6) + "-"
                + digits.substring(6, 9) + "." + digits.substring(9);
        return new IdentifierCheck.Valid(TYPE, digits, display);
    }

    /**
     * The national number of a birth date and counter; {@code monthOffset} is 0 for a register
     * number, 20 or 40 for a bis number.
     */
    public static String compose(LocalDate birthDate, int counter, int monthOffset) {
        if (counter < 1 || counter > 997) {
            throw new IllegalArgumentException("counter out of range: " + counter);
        }
        if (monthOffset != 0 && monthOffset != 20 && monthOffset != 40) {
            throw new IllegalArgumentException("month offset must be 0, 20 or 40: " + monthOffset);
        }
        int year = birthDate.getYear();
        if (year < 1900 || year > 2099) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        String firstNine = CheckDigits.padded(year % 100, 2) + CheckDigits.padded(birthDate.getMonthValue() + monthOffset, 2)
                + CheckDigits.padded(birthDate.getDayOfMonth(), 2) + CheckDigits.padded(counter, 3);
        int check = CheckDigits.nationalNumber(Long.parseLong(firstNine), year >= 2000);
        return firstNine + CheckDigits.padded(check, 2);
    }
}
