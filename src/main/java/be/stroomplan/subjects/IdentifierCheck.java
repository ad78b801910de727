package be.stroomplan.subjects;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.context.MessageSourceResolvable;

/**
 * The outcome of checking an identifier: either {@link Valid}, with the normalised value, or
 * {@link Invalid}, with a message key and its arguments that the message bundles translate.
 */
public sealed interface IdentifierCheck permits IdentifierCheck.Valid, IdentifierCheck.Invalid {

    IdentifierType type();

    boolean valid();

    /** The normalised value, if the input was valid. */
    Optional<String> normalised();

    /**
     * A valid identifier.
     *
     * @param type the identifier's type
     * @param value the normalised value, the one to store (for example {@code 93051822361},
     *        {@code BE68539007547034}, {@code 1-ABC-123}, {@code +32470123456})
     * @param display the value as people write it (for example {@code 93.05.18-223.61},
     *        {@code BE68 5390 0754 7034})
     * @param key the form to compare, index and hash: equal keys mean the same identifier. It equals
     *        the value except for addresses, whose key ignores case, diacritics, spacing and the
     *        municipality's spelling
     */
    record Valid(IdentifierType type, String value, String display, String key) implements IdentifierCheck {

        public Valid {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(display, "display");
            Objects.requireNonNull(key, "key");
        }

        public Valid(IdentifierType type, String value, String display) {
            this(type, value, display, value);
        }

        @Override
        public boolean valid() {
            return true;
        }

        @Override
        public Optional<String> normalised() {
            return Optional.of(value);
        }
    }

    /**
     * An identifier that failed its check, with the reason as a message key (in the
     * {@code subjects.identifier.} family of the message bundles) and its arguments. It is a
     * {@link MessageSourceResolvable}, so {@code messageSource.getMessage(invalid, locale)} gives the
     * sentence in the user's language.
     */
    record Invalid(IdentifierType type, String messageKey, List<String> arguments) implements IdentifierCheck, MessageSourceResolvable {

        public Invalid {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(messageKey, "messageKey");
            arguments = List.copyOf(arguments);
        }

        public static Invalid of(IdentifierType type, String messageKey, Object... arguments) {
            return new Invalid(type, messageKey, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
        }

        @Override
        public boolean valid() {
            return false;
        }

        @Override
        public Optional<String> normalised() {
            return Optional.empty();
        }

        @Override
        public String[] getCodes() {
            return new String[] { messageKey };
        }

        @Override
        public Object[] getArguments() {
            return arguments.toArray();
        }
    }
}
