package be.stroomplan.subjects.imports;

import java.util.List;

/**
 * A row an import refused: the file (for a zip; null otherwise), its line, the field (null when the
 * whole row is wrong), and the reason as a message key with its arguments, translated when shown.
 */
public record RejectedRow(String file, int line, String field, String messageKey, List<String> arguments) {

    public RejectedRow {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    static RejectedRow of(String file, int line, String field, String messageKey, List<?> arguments) {
        return new RejectedRow(file, line, field, messageKey, arguments.stream().map(String::valueOf).toList());
    }
}
