package be.stroomplan.controls;

/** The kind of premises a control action targets (translations: controls.type.*). */
public enum ControlType {
    NIGHT_SHOP,
    CAR_WASH,
    BAR,
    IMPORT_FIRM,
    HOSPITALITY,
    SECOND_HAND_CARS,
    BARBER_SHOP,
    OTHER
}
