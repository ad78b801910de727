package be.stroomplan.partners.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A partner record (organisation, team, user, membership) that does not exist: 404 on a page. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class PartnerNotFoundException extends RuntimeException {

    public PartnerNotFoundException(String type, String key) {
        super("No " + type + " '" + key + "'");
    }
}
