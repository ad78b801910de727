package be.stroomplan.subjects.imports;

/** Where an import stands: running, done (merged whole) or failed (nothing merged). */
public enum ImportStatus {
    RUNNING, DONE, FAILED
}
