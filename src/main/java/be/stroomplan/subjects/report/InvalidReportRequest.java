package be.stroomplan.subjects.report;

import be.stroomplan.subjects.IdentifierCheck;

/** The number a report was asked for is not a valid national register number; the check says why. */
public class InvalidReportRequest extends RuntimeException {

    private final transient IdentifierCheck.Invalid check;

    public InvalidReportRequest(IdentifierCheck.Invalid check) {
        super("not a valid national register number: " + check.messageKey());
        this.check = check;
    }

    public IdentifierCheck.Invalid check() {
        return check;
    }
}
