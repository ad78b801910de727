package be.stroomplan.subjects.identifiers;

import java.util.Locale;
import java.util.Map;

import be.stroomplan.subjects.IdentifierCheck;
import be.stroomplan.subjects.IdentifierType;

/**
 * The IBAN (ISO 13616): a country code, two check digits and the country's BBAN of a fixed length;
 * the whole, rearranged, is 1 modulo 97 (ISO 7064 mod 97-10). For Belgian IBANs the domestic
 * account check is applied too: the BBAN's last two digits are its first ten modulo 97, or 97 when
 * that is 0. The BBAN's inner structure of other countries is not checked.
 */
public final class Ibans {

    private static final IdentifierType TYPE = IdentifierType.IBAN;

    /** The IBAN length of each country (the SWIFT IBAN registry). */
    private static final Map<String, Integer> LENGTHS = Map.ofEntries(
            Map.entry("AD", 24), Map.entry("AE", 23), Map.entry("AL", 28), Map.entry("AT", 20), Map.entry("AZ", 28),
            Map.entry("BA", 20), Map.entry("BE", 16), Map.entry("BG", 22), Map.entry("BH", 22), Map.entry("BI", 27),
            Map.entry("BR", 29), Map.entry("BY", 28), Map.entry("CH", 21), Map.entry("CR", 22), Map.entry("CY", 28),
            Map.entry("CZ", 24), Map.entry("DE", 22), Map.entry("DJ", 27), Map.entry("DK", 18), Map.entry("DO", 28),
            Map.entry("EE", 20), Map.entry("EG", 29), Map.entry("ES", 24), Map.entry("FI", 18), Map.entry("FK", 18),
            Map.entry("FO", 18), Map.entry("FR", 27), Map.entry("GB", 22), Map.entry("GE", 22), Map.entry("GI", 23),
            Map.entry("GL", 18), Map.entry("GR", 27), Map.entry("GT", 28), Map.entry("HN", 28), Map.entry("HR", 21),
            Map.entry("HU", 28), Map.entry("IE", 22), Map.entry("IL", 23), Map.entry("IQ", 23), Map.entry("IS", 26),
            Map.entry("IT", 27), Map.entry("JO", 30), Map.entry("KW", 30), Map.entry("KZ", 20), Map.entry("LB", 28),
            Map.entry("LC", 32), Map.entry("LI", 21), Map.entry("LT", 20), Map.entry("LU", 20), Map.entry("LV", 21),
            Map.entry("LY", 25), Map.entry("MC", 27), Map.entry("MD", 24), Map.entry("ME", 22), Map.entry("MK", 19),
            Map.entry("MN", 20), Map.entry("MR", 27), Map.entry("MT", 31), Map.entry("MU", 30), Map.entry("NI", 28),
            Map.entry("NL", 18), Map.entry("NO", 15), Map.entry("OM", 23), Map.entry("PK", 24), Map.entry("PL", 28),
            Map.entry("PS", 29), Map.entry("PT", 25), Map.entry("QA", 29), Map.entry("RO", 24), Map.entry("RS", 22),
            Map.entry("RU", 33), Map.entry("SA", 24), Map.entry("SC", 31), Map.entry("SD", 18), Map.entry("SE", 24),
            Map.entry("SI", 19), Map.entry("SK", 24), Map.entry("SM", 27), Map.entry("SO", 23), Map.entry("ST", 25),
            Map.entry("SV", 28), Map.entry("TL", 23), Map.entry("TN", 24), Map.entry("TR", 26), Map.entry("UA", 29),
            Map.entry("VA", 22), Map.entry("VG", 24), Map.entry("XK", 20), Map.entry("YE", 30));

    private Ibans() {
    }

    public static IdentifierCheck check(String input) {
        if (Separators.isBlank(input)) {
            return Separators.empty(TYPE);
        }
        String iban = Separators.strip(input, "-.").toUpperCase(Locale.ROOT);
        if (iban.startsWith("IBAN")) {
            iban = iban.substring(4);
        }
        if (!Separators.allAlphanumeric(iban)) {
            return Separators.notAlphanumeric(TYPE, iban);
        }
        if (iban.length() < 4 || !Character.isLetter(iban.charAt(0)) || !Character.isLetter(iban.charAt(1))
                || !Character.isDigit(iban.charAt(2)) || !Character.isDigit(iban.charAt(3))) {
            return IdentifierCheck.Invalid.of(TYPE, "subjects.iban.start");
        }
        String country = iban.substring(0, 2);
        Integer length = LENGTHS.get(country);
        if (length == null) {
            return IdentifierCheck.Invalid.of(TYPE, "subjects.iban.country", country);
        }
        if (iban.length() != length) {
            return IdentifierCheck.Invalid.of(TYPE, "subjects.iban.length", country, length, iban.length());
        }
        String checkDigits = iban.substring(2, 4);
        String bban = iban.substring(4);
        if (checkDigits.equals("00") || checkDigits.equals("01") || checkDigits.equals("99")
                || CheckDigits.mod97(bban + iban.substring(0, 4)) != 1) {
            return Separators.checkDigits(TYPE);
        }
        if (country.equals("BE")) {
            if (!Separators.allDigits(bban)) {
                return Separators.notDigits(TYPE, bban);
            }
            if (CheckDigits.belgianAccount(Long.parseLong(bban.substring(0, 10))) != Integer.parseInt(bban.substring(10))) {
                return IdentifierCheck.Invalid.of(TYPE, "subjects.iban.belgianAccount", bban.substring(0, 3) + "-"
                        + bban.substring(3, 10) + "-" + bban.substring(10));
            }
        }
        return new IdentifierCheck.Valid(TYPE, iban, format(iban));
    }

    /** Groups of four: BE68 5390 0754 7034. */
    public static String format(String iban) {
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < iban.length(); i += 4) {
            if (i > 0) {
                grouped.append(' ');
            }
            grouped.append(iban, i, Math.min(i + 4, iban.length()));
        }
        return grouped.toString();
    }

    /** The Belgian IBAN of a three-digit bank code and a seven-digit account number. */
    public static String belgian(int bankCode, int account) {
        long firstTen = bankCode * 10_000_000L + account;
        String bban = CheckDigits.padded(firstTen, 10) + CheckDigits.padded(CheckDigits.belgianAccount(firstTen), 2);
        return "BE" + CheckDigits.iban("BE", bban) + bban;
    }
}
