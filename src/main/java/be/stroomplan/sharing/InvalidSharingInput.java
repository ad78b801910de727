package be.stroomplan.sharing;

import java.util.List;

/** Missing or invalid fields (400 with field errors). */
public class InvalidSharingInput extends RuntimeException {

    /** One field's problem. */
    public record FieldProblem(String field, String message) {
    }

    private final transient List<FieldProblem> problems;

    public InvalidSharingInput(List<FieldProblem> problems) {
        super("invalid fields: " + problems.stream().map(FieldProblem::field).toList());
        this.problems = List.copyOf(problems);
    }

    public InvalidSharingInput(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
