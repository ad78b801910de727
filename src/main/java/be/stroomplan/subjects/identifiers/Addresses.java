package be.stroomplan.subjects.identifiers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import be.stroomplan.subjects.IdentifierCheck;
import be.stroomplan.subjects.IdentifierType;
import be.stroomplan.subjects.PostalAddress;
import be.stroomplan.subjects.names.Folding;

/**
 * Belgian postal addresses: street, house number, box, postcode (1000 to 9992) and municipality.
 * Abbreviations of street kinds are written out (str. → straat, stwg → steenweg, ln. → laan,
 * av. → avenue, bd → boulevard, chée → chaussée), whitespace collapsed, and a street or
 * municipality typed all in capitals or all in lower case is title-cased. The matching key ignores
 * case, diacritics, spaces and punctuation, and leaves the municipality out (the postcode says
 * where; ‘Antwerpen’, ‘Anvers’ and ‘Antwerp’ differ only in language). Whether a postcode is
 * assigned, or a street exists, is not checked: that needs the official address register.
 */
public final class Addresses {

    private static final IdentifierType TYPE = IdentifierType.ADDRESS;

    private static final Pattern NUMBER = Pattern.compile(
            "(\\d{1,5})(?:\\s*([A-Za-z]))?(?:\\s*-\\s*(\\d{1,5})(?:\\s*([A-Za-z]))?)?"
                    + "(?:\\s*(?:/|(?:bus|bte|boîte|boite|b)\\.?)\\s*([A-Za-z0-9.]{1,8}))?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern BOX = Pattern.compile("(?:(?:bus|bte|boîte|boite|b)\\.?|/)?\\s*([A-Za-z0-9.]{1,8})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern POSTCODE = Pattern.compile("(?:BE?-?\\s*)?(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern LINE = Pattern.compile("(.+?)\\s+(\\d.*?)\\s*,\\s*(\\S+)\\s+(.+)");

    /** Abbreviations written at the end of a word (‘Kerkstr.’) or as a word of their own. */
    private static final List<String[]> SUFFIXES = List.of(
            new String[] { "str.", "straat" }, new String[] { "str", "straat" },
            new String[] { "stwg.", "steenweg" }, new String[] { "stwg", "steenweg" },
            new String[] { "stw.", "steenweg" }, new String[] { "steenw.", "steenweg" },
            new String[] { "ln.", "laan" });
    /** Abbreviations that are only ever a word of their own. */
    private static final List<String[]> WORDS = List.of(
            new String[] { "av.", "avenue" }, new String[] { "av", "avenue" },
            new String[] { "bd.", "boulevard" }, new String[] { "bd", "boulevard" },
            new String[] { "boul.", "boulevard" }, new String[] { "chée", "chaussée" },
            new String[] { "chée.", "chaussée" });

    private Addresses() {
    }

    /** One line: ‘Turnhoutsebaan 12 bus 3, 2140 Borgerhout’. */
    public static IdentifierCheck checkLine(String line) {
        if (Separators.isBlank(line)) {
            return Separators.empty(TYPE);
        }
        Matcher parts = LINE.matcher(line.strip());
        if (!parts.matches()) {
            return IdentifierCheck.Invalid.of(TYPE, "subjects.address.line", line.strip());
        }
        return check(parts.group(1), parts.group(2), null, parts.group(3), parts.group(4));
    }

    public static IdentifierCheck check(String street, String number, String box, String postcode, String municipality) {
        return normalise(street, number, box, postcode, municipality).map(Addresses::valid, invalid -> invalid);
    }

    /** The normalised address, or why it is refused. */
    public static Outcome normalise(String street, String number, String box, String postcode, String municipality) {
        if (Separators.isBlank(street)) {
            return Outcome.refused("subjects.address.street");
        }
        if (Separators.isBlank(number)) {
            return Outcome.refused("subjects.address.number");
        }
        if (Separators.isBlank(postcode)) {
            return Outcome.refused("subjects.address.postcodeMissing");
        }
        if (Separators.isBlank(municipality)) {
            return Outcome.refused("subjects.address.municipality");
        }
        if (!printable(street) || !printable(municipality)) {
            // control characters, line separators and unassigned code points would break the one-line
            // form, the exports and the pages (found by fuzzing)
            return Outcome.refused("subjects.address.characters");
        }
        Matcher house = NUMBER.matcher(number.strip());
        if (!house.matches()) {
            return Outcome.refused("subjects.address.numberFormat", number.strip());
        }
        String houseNumber = house.group(1) + upper(house.group(2))
                + (house.group(3) == null ? "" : "-" + house.group(3) + upper(house.group(4)));
        String boxInNumber = upper(house.group(5));
        String boxGiven = "";
        if (!Separators.isBlank(box)) {
            Matcher boxParts = BOX.matcher(box.strip());
            if (!boxParts.matches()) {
                return Outcome.refused("subjects.address.boxFormat", box.strip());
            }
            boxGiven = boxParts.group(1).toUpperCase(Locale.ROOT);
        }
        if (!boxInNumber.isEmpty() && !boxGiven.isEmpty() && !boxInNumber.equals(boxGiven)) {
            return Outcome.refused("subjects.address.boxConflict", boxInNumber, boxGiven);
        }
        String theBox = boxGiven.isEmpty() ? boxInNumber : boxGiven;
        Matcher code = POSTCODE.matcher(postcode.strip());
        if (!code.matches() || Integer.parseInt(code.group(1)) < 1000 || Integer.parseInt(code.group(1)) > 9992) {
            return Outcome.refused("subjects.address.postcode", postcode.strip());
        }
        return new Outcome(Optional.of(new PostalAddress(street(street), houseNumber, theBox, code.group(1),
                titleIfUniform(collapse(municipality)))), null);
    }

    /** Whether the text has only characters that print: no controls, separators of lines, private or unassigned code points. */
    static boolean printable(String text) {
        return text.codePoints().allMatch(c -> switch (Character.getType(c)) {
            case Character.CONTROL, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.UNASSIGNED,
                 Character.PRIVATE_USE, Character.SURROGATE -> false;
            default -> true;
        });
    }

    /** The matching key: postcode, folded street, number and box. */
    public static String key(PostalAddress address) {
        return address.postcode() + "|" + Folding.fold(address.street()).replace(" ", "") + "|"
                + address.number().toLowerCase(Locale.ROOT) + "|" + Folding.fold(address.box()).replace(" ", "");
    }

    private static IdentifierCheck valid(PostalAddress address) {
        return new IdentifierCheck.Valid(TYPE, address.line(), address.line(), key(address));
    }

    static String street(String street) {
        List<String> words = new ArrayList<>(List.of(collapse(street).split(" ")));
        for (int i = 0; i < words.size(); i++) {
            words.set(i, expand(words.get(i)));
        }
        return titleIfUniform(String.join(" ", words));
    }

    private static String expand(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (String[] abbreviation : WORDS) {
            if (lower.equals(abbreviation[0])) {
                return sameCase(word, abbreviation[1]);
            }
        }
        for (String[] abbreviation : SUFFIXES) {
            if (lower.endsWith(abbreviation[0])) {
                String stem = word.substring(0, word.length() - abbreviation[0].length());
                return stem + (stem.isEmpty() ? sameCase(word, abbreviation[1]) : sameCase(word.substring(stem.length()), abbreviation[1]));
            }
        }
        return word;
    }

    private static String sameCase(String written, String replacement) {
        if (written.equals(written.toUpperCase(Locale.ROOT)) && !written.equals(written.toLowerCase(Locale.ROOT))) {
            return replacement.toUpperCase(Locale.ROOT);
        }
        if (Character.isUpperCase(written.charAt(0))) {
            return Character.toUpperCase(replacement.charAt(0)) + replacement.substring(1);
        }
        return replacement;
    }

    /** Every kind of space, the no-break and narrow ones (U+00A0, U+202F, U+2007, …) too. */
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

    private static String collapse(String text) {
        // strip() alone keeps a leading no-break space, and the stored line then read back differently (found by fuzzing)
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    /** Title case for text typed all in capitals or all in lower case; mixed case is kept as typed. */
    static String titleIfUniform(String text) {
        boolean uniform = text.equals(text.toUpperCase(Locale.ROOT)) || text.equals(text.toLowerCase(Locale.ROOT));
        if (!uniform) {
            return text;
        }
        StringBuilder titled = new StringBuilder(text.length());
        boolean start = true;
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            titled.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-' || c == '(';
        }
        return titled.toString().replace(" En ", " en ").replace(" Et ", " et ");
    }

    private static String upper(String text) {
        return text == null ? "" : text.toUpperCase(Locale.ROOT);
    }

    /** A normalised address or the reason it was refused. */
    public record Outcome(Optional<PostalAddress> address, IdentifierCheck.Invalid refusal) {

        static Outcome refused(String key, Object... arguments) {
            return new Outcome(Optional.empty(), IdentifierCheck.Invalid.of(TYPE, key, arguments));
        }

        <T> T map(java.util.function.Function<PostalAddress, T> whenValid, java.util.function.Function<IdentifierCheck.Invalid, T> whenRefused) {
            return address.map(whenValid).orElseGet(() -> whenRefused.apply(refusal));
        }
    }
}
