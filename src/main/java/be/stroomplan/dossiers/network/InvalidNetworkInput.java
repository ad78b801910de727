package be.stroomplan.dossiers.network;

import java.util.List;

/** Input the network API cannot use: one message key (with arguments) per field; answered 400. */
public class InvalidNetworkInput extends RuntimeException {

    private final transient List<Problem> problems;

    public InvalidNetworkInput(List<Problem> problems) {
        super("invalid network request: " + problems);
        this.problems = List.copyOf(problems);
    }

    public static InvalidNetworkInput of(String field, String messageKey, Object... arguments) {
        return new InvalidNetworkInput(List.of(new Problem(field, messageKey, List.of(arguments))));
    }

    public List<Problem> problems() {
        return problems;
    }

    /** A field and what is wrong with it. */
    public record Problem(String field, String messageKey, List<Object> arguments) {

        public Problem {
            arguments = List.copyOf(arguments);
        }
    }
}
