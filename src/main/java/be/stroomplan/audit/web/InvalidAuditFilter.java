package be.stroomplan.audit.web;

/**
 * A filter on the audit trail that cannot be applied: the field it concerns, a message code for
 * the page (translated) and an English message for the API.
 */
class InvalidAuditFilter extends RuntimeException {

    private final String field;
    private final String code;

    InvalidAuditFilter(String field, String code, String message) {
        super(message, null, false, false);
        this.field = field;
        this.code = code;
    }

    /** The request parameter (and form field) at fault. */
    String field() {
        return field;
    }

    /** The message code of the translated explanation. */
    String code() {
        return code;
    }
}
