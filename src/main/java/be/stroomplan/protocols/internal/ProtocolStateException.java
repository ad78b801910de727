package be.stroomplan.protocols.internal;

import java.util.List;

/**
 * A lifecycle move or change the protocol refuses: an illegal transition, an edit of a version
 * that is no longer a draft, an activation with required fields missing. {@code messageKey}
 * explains it to people, {@code missing} names the fields at fault. The API answers 409.
 */
public class ProtocolStateException extends RuntimeException {

    private final String messageKey;
    private final List<String> missing;

    public ProtocolStateException(String messageKey, String message) {
        this(messageKey, message, List.of());
    }

    public ProtocolStateException(String messageKey, String message, List<String> missing) {
        super(message);
        this.messageKey = messageKey;
        this.missing = List.copyOf(missing);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<String> missing() {
        return missing;
    }
}
