package be.stroomplan.impact;

import java.util.List;

/** Bad parameters of an indicators request (period, partner): 400 with the fields. */
public class InvalidImpactInput extends RuntimeException {

    /** One bad field and what is wrong with it. */
    public record Problem(String field, String message) {
    }

    private final List<Problem> problems;

    public InvalidImpactInput(List<Problem> problems) {
        super("invalid impact request: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
