package be.stroomplan.subjects.identifiers;

/**
 * The check-digit arithmetic of DESIGN.md §6, shared by the validators and the synthetic
 * generator so that both compute the same thing. Every method takes digits it trusts: the
 * validators check the shape first.
 */
public final class CheckDigits {

    /** 2,000,000,000: the ‘2’ put before the first nine digits of a national number of a birth from 2000. */
    private static final long FROM_2000 = 2_000_000_000L;

    private static final int[] IMO_WEIGHTS = { 7, 6, 5, 4, 3, 2 };
    private static final int[] VIN_WEIGHTS = { 8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2 };

    private CheckDigits() {
    }

    /** The value written with at least {@code width} digits, leading zeros added. */
    public static String padded(long value, int width) {
        String digits = Long.toString(value);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    /** The remainder modulo 97 of a string of digits and capital letters, letters counting A=10 … Z=35 (ISO 7064). */
    public static int mod97(CharSequence alphanumeric) {
        int remainder = 0;
        for (int i = 0; i < alphanumeric.length(); i++) {
            char c = alphanumeric.charAt(i);
            if (c >= '0' && c <= '9') {
                remainder = (remainder * 10 + (c - '0')) % 97;
            } else if (c >= 'A' && c <= 'Z') {
                remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
            } else {
                throw new IllegalArgumentException("not a digit or capital letter: " + c);
            }
        }
        return remainder;
    }

    /** The check number (1 to 97) of a national register number's first nine digits. */
    public static int nationalNumber(long firstNine, boolean bornFrom2000) {
        long dividend = bornFrom2000 ? FROM_2000 + firstNine : firstNine;
        return (int) (97 - dividend % 97);
    }

    /** The check number (1 to 97) of an enterprise number's first eight digits. */
    public static int enterpriseNumber(long firstEight) {
        return (int) (97 - firstEight % 97);
    }

    /** The two IBAN check digits (02 to 98) for a country code and a BBAN, in capitals. */
    public static String iban(String country, String bban) {
        int check = 98 - mod97(bban + country + "00");
        return check < 10 ? "0" + check : Integer.toString(check);
    }

    /** The Belgian domestic check of a bank account: the first ten digits modulo 97, or 97 when that is 0. */
    public static int belgianAccount(long firstTen) {
        int remainder = (int) (firstTen % 97);
        return remainder == 0 ? 97 : remainder;
    }

    /** ISO 6346 value of a letter: A=10 up, skipping 11, 22 and 33. */
    public static int containerLetter(char letter) {
        int value = letter - 'A' + 10;
        return value + (value - 1) / 10;
    }

    /** The ISO 6346 weighted sum modulo 11 (0 to 10) of an owner code, category and six-digit serial. */
    public static int containerRemainder(String firstTen) {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            char c = firstTen.charAt(i);
            int value = Character.isLetter(c) ? containerLetter(c) : c - '0';
            sum += value << i;
        }
        return sum % 11;
    }

    /** The ISO 6346 check digit: the remainder, with 10 written as 0. */
    public static int container(String firstTen) {
        return containerRemainder(firstTen) % 10;
    }

    /** The IMO check digit: the last digit of the first six digits weighted 7, 6, 5, 4, 3, 2. */
    public static int imo(String firstSix) {
        int sum = 0;
        for (int i = 0; i < 6; i++) {
            sum += (firstSix.charAt(i) - '0') * IMO_WEIGHTS[i];
        }
        return sum % 10;
    }

    /** The ISO 3779 (North-American) check character of a 17-character VIN: '0' to '9' or 'X'. */
    public static char vin(String vin) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += vinValue(vin.charAt(i)) * VIN_WEIGHTS[i];
        }
        int remainder = sum % 11;
        return remainder == 10 ? 'X' : (char) ('0' + remainder);
    }

    /** The transliteration of a VIN character: digits as themselves, letters 1 to 9 in the classic table. */
    public static int vinValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        return switch (c) {
            case 'A', 'J' -> 1;
            case 'B', 'K', 'S' -> 2;
            case 'C', 'L', 'T' -> 3;
            case 'D', 'M', 'U' -> 4;
            case 'E', 'N', 'V' -> 5;
            case 'F', 'W' -> 6;
            case 'G', 'P', 'X' -> 7;
            case 'H', 'Y' -> 8;
            case 'R', 'Z' -> 9;
            default -> throw new IllegalArgumentException("not a VIN character: " + c);
        };
    }
}
