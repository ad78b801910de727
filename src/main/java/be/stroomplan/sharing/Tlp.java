package be.stroomplan.sharing;

import java.util.Locale;
import java.util.Optional;

/** The Traffic Light Protocol 2.0 label of an item. Stored by name; in JSON as the TLP label ("AMBER+STRICT"). */
public enum Tlp {
    CLEAR,
    GREEN,
    AMBER,
    AMBER_STRICT,
    RED;

    /** The TLP 2.0 label without the "TLP:" prefix, e.g. "AMBER+STRICT". */
    public String label() {
        return name().replace('_', '+');
    }

    /** Reads "AMBER+STRICT", "AMBER_STRICT", "TLP:AMBER+STRICT" and the other labels, in any case. */
    public static Optional<Tlp> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String name = text.trim().toUpperCase(Locale.ROOT).replaceFirst("^TLP:", "").replace('+', '_').replace(' ', '_');
        for (Tlp tlp : values()) {
            if (tlp.name().equals(name)) {
                return Optional.of(tlp);
            }
        }
        return Optional.empty();
    }
}
