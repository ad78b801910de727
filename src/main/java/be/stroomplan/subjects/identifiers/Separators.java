package be.stroomplan.subjects.identifiers;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import be.stroomplan.subjects.IdentifierCheck;
import be.stroomplan.subjects.IdentifierType;

/** Input cleaning shared by the validators: drop the separators people type, refuse anything else. */
final class Separators {

    private Separators() {
    }

    /** The input without whitespace and the given separator characters. */
    static String strip(String input, String separators) {
        StringBuilder kept = new StringBuilder(input.length());
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u00A0' && separators.indexOf(c) < 0) {
                kept.append(c);
            }
        }
        return kept.toString();
    }

    static boolean isBlank(String input) {
        return input == null || input.isBlank();
    }

    static IdentifierCheck.Invalid empty(IdentifierType type) {
        return IdentifierCheck.Invalid.of(type, "subjects.identifier.empty");
    }

    /** A refusal naming the characters of {@code cleaned} that are not digits. */
    static IdentifierCheck.Invalid notDigits(IdentifierType type, String cleaned) {
        return characters(type, cleaned, c -> c >= '0' && c <= '9', "subjects.identifier.onlyDigits");
    }

    /** A refusal naming the characters of {@code cleaned} that are neither digits nor capital letters A–Z. */
    static IdentifierCheck.Invalid notAlphanumeric(IdentifierType type, String cleaned) {
        return characters(type, cleaned, c -> isAlphanumeric((char) c), "subjects.identifier.onlyLettersAndDigits");
    }

    static boolean allDigits(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    static boolean allAlphanumeric(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> isAlphanumeric((char) c));
    }

    private static boolean isAlphanumeric(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
    }

    private static IdentifierCheck.Invalid characters(IdentifierType type, String cleaned,
            java.util.function.IntPredicate allowed, String key) {
        if (cleaned.isEmpty()) {
            return empty(type);
        }
        Set<String> wrong = new LinkedHashSet<>();
        cleaned.codePoints().filter(c -> !allowed.test(c)).forEach(c -> wrong.add(new String(Character.toChars(c))));
        return IdentifierCheck.Invalid.of(type, key, wrong.stream().map(c -> "‘" + c + "’").collect(Collectors.joining(" ")));
    }

    static IdentifierCheck.Invalid digitCount(IdentifierType type, int expected, int actual) {
        return IdentifierCheck.Invalid.of(type, "subjects.identifier.digitCount", expected, actual);
    }

    static IdentifierCheck.Invalid characterCount(IdentifierType type, int expected, int actual) {
        return IdentifierCheck.Invalid.of(type, "subjects.identifier.characterCount", expected, actual);
    }

    static IdentifierCheck.Invalid checkDigits(IdentifierType type) {
        return IdentifierCheck.Invalid.of(type, "subjects.identifier.checkDigits");
    }
}
