package be.stroomplan.deconfliction.release;

/** Where a release request stands: waiting for the KALI magistrate, or decided. */
public enum ReleaseStatus {
    PENDING,
    APPROVED,
    REFUSED
}
