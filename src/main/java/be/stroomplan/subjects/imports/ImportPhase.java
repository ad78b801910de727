package be.stroomplan.subjects.imports;

/** The steps of an import, in order: received, rows copied into staging, validated, merged, finished. */
public enum ImportPhase {
    RECEIVED, STAGING, VALIDATING, MERGING, FINISHED
}
