package be.stroomplan.partners.web;

/**
 * A change the administrator may not make: a duplicate code, user name or membership, or a
 * change that would lock the administrator out. {@code messageKey} explains it to the user;
 * {@code field} names the form field at fault, or is null for the form as a whole.
 */
class AdministrationRefused extends RuntimeException {

    private final String field;
    private final String messageKey;

    AdministrationRefused(String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    String field() {
        return field;
    }

    String messageKey() {
        return messageKey;
    }
}
