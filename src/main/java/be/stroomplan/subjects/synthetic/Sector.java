package be.stroomplan.subjects.synthetic;

import java.util.List;

/**
 * The sectors that matter to the Stroomplan, with NACE Rev. 2 classes (the KBO registers the finer
 * NACE-BEL subclasses beneath them).
 */
public enum Sector {

    CAR_WASH(List.of("45.20")),
    NIGHT_SHOP(List.of("47.11")),
    IMPORT_EXPORT(List.of("46.90", "46.19")),
    LOGISTICS(List.of("52.29", "52.10", "49.41")),
    HOSPITALITY(List.of("56.30", "56.10")),
    REAL_ESTATE(List.of("68.10", "68.20", "68.31"));

    private final List<String> naceCodes;

    Sector(List<String> naceCodes) {
        this.naceCodes = naceCodes;
    }

    /** NACE Rev. 2 classes of the sector's activities; the first is the main one. */
    public List<String> naceCodes() {
        return naceCodes;
    }
}
