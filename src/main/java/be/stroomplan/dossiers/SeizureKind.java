package be.stroomplan.dossiers;

/** What was seized. */
public enum SeizureKind {
    DRUGS,
    CASH,
    VEHICLE,
    WEAPON,
    REAL_ESTATE,
    CRYPTO
}
