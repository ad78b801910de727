package be.stroomplan.sharing;

import java.util.Optional;

/**
 * The Europol 4x4 evaluation of the information: 1 known to be true without reservation, 2 known
 * personally to the source, 3 not known personally but corroborated, 4 cannot be judged. Stored and
 * written in JSON as "1".."4".
 */
public enum InformationAccuracy {
    ONE("1"),
    TWO("2"),
    THREE("3"),
    FOUR("4");

    private final String code;

    InformationAccuracy(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<InformationAccuracy> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim();
        for (InformationAccuracy accuracy : values()) {
            if (accuracy.code.equals(t) || accuracy.name().equalsIgnoreCase(t)) {
                return Optional.of(accuracy);
            }
        }
        return Optional.empty();
    }
}
