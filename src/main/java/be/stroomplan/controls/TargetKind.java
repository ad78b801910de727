package be.stroomplan.controls;

/** What a target is: premises (an address), a company, a person or a vehicle. */
public enum TargetKind {
    PREMISES,
    COMPANY,
    PERSON,
    VEHICLE
}
