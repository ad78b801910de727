package be.stroomplan.subjects;

/** How sure the matcher is that two records describe the same entity. */
public enum MatchLevel {
    /** The evidence suffices: the same entity unless a person decides otherwise. */
    MATCH,
    /** Worth a look: a person decides. */
    POSSIBLE
}
