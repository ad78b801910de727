package be.stroomplan.subjects.names;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Double Metaphone codes of the normalised tokens (particles joined, diacritics gone), sorted so
 * that the order of given and family names does not matter: ‘Mohamed El Amrani’ and ‘EL AMRANI
 * Mohammed‘ share a key.
 */
public final class PhoneticKeys {

    private static final int CODE_LENGTH = 6;

    private PhoneticKeys() {
    }

    public static Set<String> of(List<String> tokens) {
        DoubleMetaphone metaphone = new DoubleMetaphone();
        metaphone.setMaxCodeLen(CODE_LENGTH);
        List<String> primary = new ArrayList<>();
        List<String> alternate = new ArrayList<>();
        for (String token : tokens) {
            String first = metaphone.doubleMetaphone(token, false);
            String second = metaphone.doubleMetaphone(token, true);
            if (first != null && !first.isEmpty()) {
                primary.add(first);
                alternate.add(second == null || second.isEmpty() ? first : second);
            }
        }
        Set<String> keys = new TreeSet<>();
        if (!primary.isEmpty()) {
            Collections.sort(primary);
            Collections.sort(alternate);
            keys.add(String.join(" ", primary));
            keys.add(String.join(" ", alternate));
        }
        return keys;
    }
}
