package be.stroomplan.cases;

/** How soon a case needs attention, as the submitter sees it. */
public enum Urgency {
    LOW,
    NORMAL,
    HIGH,
    URGENT
}
