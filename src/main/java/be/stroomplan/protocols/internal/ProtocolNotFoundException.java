package be.stroomplan.protocols.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A protocol that does not exist, or that the reader may not know exists: 404 either way. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ProtocolNotFoundException extends RuntimeException {

    public ProtocolNotFoundException(String id) {
        super("No protocol '" + id + "'");
    }
}
