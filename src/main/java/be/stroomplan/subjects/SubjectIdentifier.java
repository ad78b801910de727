package be.stroomplan.subjects;

/** A stored identifier: its type, normalised value, the form people write and the matching key. */
public record SubjectIdentifier(IdentifierType type, String value, String display, String key) {
}
