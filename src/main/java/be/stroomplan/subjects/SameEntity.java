package be.stroomplan.subjects;

/** A person's decision on a pair of subject records. */
public enum SameEntity {
    SAME,
    NOT_SAME
}
