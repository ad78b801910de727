package be.stroomplan.dossiers;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A prosecutor’s notice number (notitienummer) or an official report (PV) number, in the format
 * of DESIGN.md §6: {@code AN.12.L1.012345/24}, that is arrondissement (two letters), code (two
 * digits), service (a letter and up to two letters or digits), sequence (six digits) and year (two
 * digits). There is no check digit. Input is trimmed and upper-cased; nothing else is guessed.
 */
public record NoticeNumber(String value) {

    private static final Pattern ARRONDISSEMENT = Pattern.compile("[A-Z]{2}");
    private static final Pattern CODE = Pattern.compile("\\d{2}");
    private static final Pattern SERVICE = Pattern.compile("[A-Z][A-Z0-9]{0,2}");
    private static final Pattern SEQUENCE = Pattern.compile("\\d{6}");
    private static final Pattern YEAR = Pattern.compile("\\d{2}");

    public NoticeNumber {
        String problem = problem(value);
        if (problem != null) {
            throw new IllegalArgumentException("Not a notice number: " + value + " (" + problem + ")");
        }
    }

    /** The number, normalised, or an {@link IllegalArgumentException}. */
    public static NoticeNumber of(String text) {
        return new NoticeNumber(normalise(text));
    }

    /** Trimmed and upper-cased (null stays null). */
    public static String normalise(String text) {
        return text == null ? null : text.strip().toUpperCase(Locale.ROOT);
    }

    /**
     * The message key of what is wrong with a normalised number (one per failure), or null when it
     * is valid. Keys: {@code dossiers.error.notice.*}.
     */
    public static String problem(String text) {
        if (text == null || text.isBlank()) {
            return "dossiers.error.required";
        }
        int slash = text.indexOf('/');
        if (slash < 0 || slash != text.lastIndexOf('/')) {
            return "dossiers.error.notice.year";
        }
        if (!YEAR.matcher(text.substring(slash + 1)).matches()) {
            return "dossiers.error.notice.year";
        }
        String[] parts = text.substring(0, slash).split("\\.", -1);
        if (parts.length != 4) {
            return "dossiers.error.notice.parts";
        }
        if (!ARRONDISSEMENT.matcher(parts[0]).matches()) {
            return "dossiers.error.notice.arrondissement";
        }
        if (!CODE.matcher(parts[1]).matches()) {
            return "dossiers.error.notice.code";
        }
        if (!SERVICE.matcher(parts[2]).matches()) {
            return "dossiers.error.notice.service";
        }
        if (!SEQUENCE.matcher(parts[3]).matches()) {
            return "dossiers.error.notice.sequence";
        }
        return null;
    }

    @Override
    public String toString() {
        return value;
    }
}
