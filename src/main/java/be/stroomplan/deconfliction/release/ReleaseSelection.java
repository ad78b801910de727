package be.stroomplan.deconfliction.release;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What the magistrate releases from one dossier item: a choice of its parts (the title, the text,
 * and keys of its {@code fields} map), or a written summary instead. Exactly one of the two.
 */
public record ReleaseSelection(UUID item, boolean title, boolean text, Set<String> fields, String summary) {

    /** The longest written summary. */
    public static final int MAX_SUMMARY = 20_000;

    public ReleaseSelection {
        fields = fields == null ? Set.of() : Set.copyOf(new LinkedHashSet<>(fields));
    }

    public boolean summarised() {
        return summary != null && !summary.isBlank();
    }

    /** The problems of the selection on its own (the keys are checked against the item later). */
    List<InvalidReleaseInput.Problem> problems() {
        List<InvalidReleaseInput.Problem> problems = new ArrayList<>();
        if (item == null) {
            problems.add(new InvalidReleaseInput.Problem("item", "release.error.required"));
        }
        boolean chosen = title || text || !fields.isEmpty();
        if (summarised() && chosen) {
            problems.add(new InvalidReleaseInput.Problem("summary", "release.error.summaryOrFields"));
        } else if (!summarised() && !chosen) {
            problems.add(new InvalidReleaseInput.Problem("fields", "release.error.nothingSelected"));
        }
        if (summarised() && summary.length() > MAX_SUMMARY) {
            problems.add(new InvalidReleaseInput.Problem("summary", "release.error.tooLong"));
        }
        fields.stream().filter(Redaction.PROVENANCE_KEYS::contains)
                .forEach(key -> problems.add(new InvalidReleaseInput.Problem("fields", "release.error.reservedKey")));
        return problems;
    }
}
