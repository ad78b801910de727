package be.stroomplan.deconfliction;

/** The only thing a requester learns per identifier. */
public enum CheckStatus {
    CLEAR,
    ON_HOLD
}
