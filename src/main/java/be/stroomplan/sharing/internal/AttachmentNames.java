package be.stroomplan.sharing.internal;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The name an attachment is stored and offered under. Attachments live in the database, never in a
 * directory named after them, so a name cannot reach the file system; it is still shown on pages and
 * sent in {@code Content-Disposition}, so it must not look like a path or hide what it is. The name is
 * put in Unicode compatibility form first (a fullwidth ‘／’ or ‘‥’ becomes ‘/’ or ‘..’), then every
 * slash, backslash, control, format character (bidirectional overrides among them, which can make
 * ‘gpj.exe’ look like ‘exe.jpg’) and line separator becomes ‘_’. A name of dots alone is no name.
 */
public final class AttachmentNames {

    private static final Pattern UNSAFE = Pattern.compile("[\\\\/\\p{Cntrl}\\p{Cf}\\p{Zl}\\p{Zp}\\p{Co}\\p{Cs}\\p{Cn}]");
    private static final Pattern DOTS = Pattern.compile("[.\\s_]*");

    private AttachmentNames() {
    }

    /** The safe form of a file name as uploaded; empty when nothing usable is left. */
    public static String safe(String filename) {
        if (filename == null) {
            return "";
        }
        String name = UNSAFE.matcher(Normalizer.normalize(filename, Normalizer.Form.NFKC)).replaceAll("_").strip();
        return DOTS.matcher(name).matches() ? "" : name;
    }
}
