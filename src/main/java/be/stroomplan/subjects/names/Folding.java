package be.stroomplan.subjects.names;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folding of text to plain lowercase ASCII for matching keys: diacritics removed (é → e, ş → s,
 * ë → e, ı → i), ligatures and special letters spelled out (ß → ss, æ → ae, œ → oe, ø → o, ł → l,
 * đ → d, þ → th), apostrophes dropped, every other non-alphanumeric character turned into a space,
 * spaces collapsed.
 */
public final class Folding {

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

    private Folding() {
    }

    /** The text without diacritics, in its own case: ‘Belgiëlei’ → ‘Belgielei’, ‘Şükrü’ → ‘Sukru’. */
    public static String withoutDiacritics(String text) {
        StringBuilder spelled = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case 'ß' -> spelled.append("ss");
                case 'æ' -> spelled.append("ae");
                case 'Æ' -> spelled.append("AE");
                case 'œ' -> spelled.append("oe");
                case 'Œ' -> spelled.append("OE");
                case 'ø' -> spelled.append('o');
                case 'Ø' -> spelled.append('O');
                case 'ł' -> spelled.append('l');
                case 'Ł' -> spelled.append('L');
                case 'đ', 'ð' -> spelled.append('d');
                case 'Đ', 'Ð' -> spelled.append('D');
                case 'þ' -> spelled.append("th");
                case 'Þ' -> spelled.append("TH");
                case 'ı' -> spelled.append('i');
                case 'İ' -> spelled.append('I');
                default -> spelled.append(c);
            }
        }
        if (Normalizer.isNormalized(spelled, Normalizer.Form.NFKD)) {
            return spelled.toString();
        }
        String decomposed = Normalizer.normalize(spelled, Normalizer.Form.NFKD);
        return MARKS.matcher(decomposed).replaceAll("");
    }

    /**
     * Lowercase ASCII words separated by single spaces: ‘  D’Hondt-Van Der Berghe ’ →
     * ‘dhondt van der berghe’.
     */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String plain = withoutDiacritics(text).toLowerCase(Locale.ROOT);
        StringBuilder folded = new StringBuilder(plain.length());
        boolean space = true;
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                folded.append(c);
                space = false;
            } else if (c == '\'' || c == '’' || c == '‘' || c == '`' || c == 'ʼ' || c == '´') {
                continue;
            } else if (!space) {
                folded.append(' ');
                space = true;
            }
        }
        int end = folded.length();
        if (end > 0 && folded.charAt(end - 1) == ' ') {
            folded.setLength(end - 1);
        }
        return folded.toString();
    }
}
