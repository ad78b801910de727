package be.stroomplan.deconfliction;

/** What the KALI magistrate decides on a ticket. */
public enum DeconflictionDecision {
    GO,
    GO_WITH_CONDITIONS,
    POSTPONE,
    NO_GO,
    CONSULT_FIRST
}
