package be.stroomplan.subjects;

import java.util.List;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/** Invalid input, with one translatable message per field that failed. */
public class InvalidSubjectInput extends RuntimeException {

    /** A field and what is wrong with it. */
    public record Problem(String field, MessageSourceResolvable message) {
    }

    private final List<Problem> problems;

    public InvalidSubjectInput(List<Problem> problems) {
        super("invalid subject input: " + problems.stream().map(Problem::field).toList());
        this.problems = List.copyOf(problems);
    }

    public static InvalidSubjectInput of(String field, String messageKey, Object... arguments) {
        return new InvalidSubjectInput(List.of(problem(field, messageKey, arguments)));
    }

    static Problem problem(String field, String messageKey, Object... arguments) {
        return new Problem(field, new DefaultMessageSourceResolvable(new String[] { messageKey }, arguments, messageKey));
    }

    public List<Problem> problems() {
        return problems;
    }
}
