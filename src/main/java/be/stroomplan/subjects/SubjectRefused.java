package be.stroomplan.subjects;

import be.stroomplan.protocols.DenyReason;

/** A refusal the user may know the reason of: a read-only member, another organisation's record, no content role. */
public class SubjectRefused extends RuntimeException {

    private final DenyReason reason;

    public SubjectRefused(DenyReason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public DenyReason reason() {
        return reason;
    }
}
