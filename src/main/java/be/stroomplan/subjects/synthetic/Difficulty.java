package be.stroomplan.subjects.synthetic;

/** How much a duplicate record differs from the original. */
public enum Difficulty {

    /** One harmless difference: case, diacritics, the written form of an identifier, a missing phone or e-mail. */
    EASY,
    /** Two differences, among them a typo, a transliteration variant, joined or split particles, a missing national number. */
    MEDIUM,
    /** Three or more: swapped given and family names, two typos, day and month swapped, missing identifiers and address. */
    HARD
}
