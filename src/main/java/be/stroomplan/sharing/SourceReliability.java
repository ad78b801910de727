package be.stroomplan.sharing;

/** The Europol 4x4 evaluation of the source: A reliable, B usually reliable, C not reliable, X cannot be judged. */
public enum SourceReliability {
    A,
    B,
    C,
    X
}
