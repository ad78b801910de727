package be.stroomplan.dossiers.network;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import be.stroomplan.subjects.Relation;
import be.stroomplan.subjects.RelationType;

/**
 * Which relations a network shows: of these types (all when empty), whose period overlaps
 * [from, to] (an open end of either is unbounded), graded at least {@code minGrading} on both 4x4
 * axes (source A best, X worst; information 1 best, 4 worst; an ungraded relation fails any
 * minimum).
 */
public record NetworkFilter(Set<RelationType> types, LocalDate from, LocalDate to, String minGrading) {

    public static final NetworkFilter NONE = new NetworkFilter(Set.of(), null, null, null);
    private static final String RELIABILITY = "ABCX";

    public NetworkFilter {
        types = types == null || types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
    }

    /** Reads the request parameters; 400 with field errors for anything unreadable. */
    public static NetworkFilter parse(String types, String from, String to, String grading) {
        List<InvalidNetworkInput.Problem> problems = new ArrayList<>();
        Set<RelationType> chosen = EnumSet.noneOf(RelationType.class);
        if (types != null) {
            for (String type : types.split(",")) {
                if (type.isBlank()) {
                    continue;
                }
                try {
                    chosen.add(RelationType.valueOf(type.trim().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    problems.add(new InvalidNetworkInput.Problem("types", "network.error.type", List.of(type.trim())));
                }
            }
        }
        LocalDate start = date("from", from, problems);
        LocalDate end = date("to", to, problems);
        if (start != null && end != null && end.isBefore(start)) {
            problems.add(new InvalidNetworkInput.Problem("to", "network.error.period", List.of()));
        }
        String minimum = grading == null || grading.isBlank() ? null : grading.trim().toUpperCase(Locale.ROOT);
        if (minimum != null && !minimum.matches("[ABCX][1-4]")) {
            problems.add(new InvalidNetworkInput.Problem("grading", "network.error.grading", List.of(grading.trim())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidNetworkInput(problems);
        }
        return new NetworkFilter(chosen, start, end, minimum);
    }

    public boolean isEmpty() {
        return types.isEmpty() && from == null && to == null && minGrading == null;
    }

    public boolean accepts(Relation relation) {
        if (!types.isEmpty() && !types.contains(relation.type())) {
            return false;
        }
        if (from != null && relation.to() != null && relation.to().isBefore(from)) {
            return false;
        }
        if (to != null && relation.from() != null && relation.from().isAfter(to)) {
            return false;
        }
        if (minGrading != null) {
            String grading = relation.grading();
            return grading != null && grading.length() == 2 && RELIABILITY.indexOf(grading.charAt(0)) >= 0
                    && RELIABILITY.indexOf(grading.charAt(0)) <= RELIABILITY.indexOf(minGrading.charAt(0))
                    && grading.charAt(1) <= minGrading.charAt(1);
        }
        return true;
    }

    private static LocalDate date(String field, String value, List<InvalidNetworkInput.Problem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            problems.add(new InvalidNetworkInput.Problem(field, "network.error.date", List.of(value.trim())));
            return null;
        }
    }
}
