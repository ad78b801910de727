package be.stroomplan.dossiers;

/** The drugs a seizure of kind DRUGS distinguishes. */
public enum DrugType {
    COCAINE,
    CANNABIS,
    HEROIN,
    SYNTHETIC,
    OTHER
}
