package be.stroomplan.deconfliction;

/** The planned operations that operational deconfliction compares. */
public enum OperationKind {
    COAC_ACTION,
    POLICE_OPERATION
}
