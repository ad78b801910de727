package be.stroomplan.subjects.identifiers;

import java.util.ArrayList;
import java.util.List;

/** Every number that differs from a value in exactly one digit, at a digit position. */
record SingleDigitChanges(String original) {

    record Change(int position, int from, int to, String value) {

        int delta() {
            return to - from;
        }
    }

    List<Change> all() {
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            if (c < '0' || c > '9') {
                continue;
            }
            for (char d = '0'; d <= '9'; d++) {
                if (d != c) {
                    changes.add(new Change(i, c - '0', d - '0', original.substring(0, i) + d + original.substring(i + 1)));
                }
            }
        }
        return changes;
    }
}
