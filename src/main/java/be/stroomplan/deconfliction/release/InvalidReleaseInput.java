package be.stroomplan.deconfliction.release;

import java.util.List;

/** Bad input for a release request or a decision: 400 with one problem per field (message keys). */
public class InvalidReleaseInput extends RuntimeException {

    /** One field's problem: the key of its message in the bundles. */
    public record Problem(String field, String code) {
    }

    private final List<Problem> problems;

    public InvalidReleaseInput(List<Problem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.code()).toList().toString());
        this.problems = List.copyOf(problems);
    }

    public InvalidReleaseInput(String field, String code) {
        this(List.of(new Problem(field, code)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
