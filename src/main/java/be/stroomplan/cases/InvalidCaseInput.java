package be.stroomplan.cases;

import java.util.List;

/** Bad input: 400 with one problem per field. */
public class InvalidCaseInput extends RuntimeException {

    /** One field's problem. */
    public record Problem(String field, String message) {
    }

    private final List<Problem> problems;

    public InvalidCaseInput(List<Problem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public InvalidCaseInput(String field, String message) {
        this(List.of(new Problem(field, message)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
