package be.stroomplan.subjects.imports;

import java.util.List;
import java.util.Locale;

/** Header rows: the expected column names, in order, ignoring case, surrounding blanks and quotes. */
final class Headers {

    private Headers() {
    }

    static boolean matches(List<String> expected, List<String> given) {
        if (expected.size() != given.size()) {
            return false;
        }
        for (int i = 0; i < expected.size(); i++) {
            if (!expected.get(i).toLowerCase(Locale.ROOT).equals(given.get(i).strip().toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }
}
