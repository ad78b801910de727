package be.stroomplan.platform;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * Bad input: 400 with one problem per field, each a message key with its arguments, translated
 * when shown. Modules extend it with their own type so that each maps its own errors.
 */
public abstract class InvalidInput extends RuntimeException {

    /** One field's problem: the key of its message in the bundles, and the message's arguments. */
    public record Problem(String field, String code, List<String> arguments) {

        public Problem {
            arguments = arguments == null ? List.of() : List.copyOf(arguments);
        }

        public Problem(String field, String code, Object... arguments) {
            this(field, code, Arrays.stream(arguments).map(String::valueOf).toList());
        }

        /** The message in the given language. */
        public String message(MessageSource messages, Locale locale) {
            return messages.getMessage(code, arguments.toArray(), code, locale);
        }
    }

    private final List<Problem> problems;

    protected InvalidInput(List<Problem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.code()).toList().toString());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
