package be.stroomplan.dossiers;

import java.util.List;

/** Missing or invalid fields (400 with one translatable message per field). */
public class InvalidDossierInput extends RuntimeException {

    /** A field, the message key of what is wrong, and its arguments. */
    public record Problem(String field, String messageKey, Object... arguments) {
    }

    private final transient List<Problem> problems;

    public InvalidDossierInput(List<Problem> problems) {
        super("invalid dossier input: " + problems.stream().map(Problem::field).toList());
        this.problems = List.copyOf(problems);
    }

    public static InvalidDossierInput of(String field, String messageKey, Object... arguments) {
        return new InvalidDossierInput(List.of(new Problem(field, messageKey, arguments)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
