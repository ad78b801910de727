package be.stroomplan.protocols.internal;

/** The orders in which the register can be listed; each maps to a fixed SQL expression. */
public enum ProtocolSort {
    REFERENCE("p.reference"),
    TITLE("lower(v.title)"),
    PROVIDER("v.provider"),
    STATUS("effective_status"),
    VALID_TO("v.valid_to");

    private final String column;

    ProtocolSort(String column) {
        this.column = column;
    }

    String column() {
        return column;
    }
}
