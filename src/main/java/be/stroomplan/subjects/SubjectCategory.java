package be.stroomplan.subjects;

/**
 * The data-subject category of a subject record (Directive (EU) 2016/680 art. 6): suspect,
 * convicted person, victim, or another party (witness, informant, contact). Every record has one.
 */
public enum SubjectCategory {
    SUSPECT,
    CONVICTED,
    VICTIM,
    WITNESS,
    INFORMANT,
    CONTACT,
    OTHER
}
