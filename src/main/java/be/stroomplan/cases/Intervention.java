package be.stroomplan.cases;

/**
 * The catalogue of interventions a MAHO decision picks from (DESIGN.md §6): each with its track, its
 * legal basis and, where the law sets one, the longest period it may last in months
 * ({@code 0}: no limit of its own). A decision that exceeds a limit is refused.
 */
public enum Intervention {
    JUDICIAL_INVESTIGATION(Track.JUDICIAL, "Wetboek van Strafvordering", 0),
    OFFICIAL_REPORT(Track.JUDICIAL, "Wetboek van Strafvordering", 0),
    SEIZURE(Track.JUDICIAL, "Wetboek van Strafvordering", 0),
    DRUG_PREMISES_CLOSURE(Track.ADMINISTRATIVE, "art. 9bis Drugwet 24 februari 1921", 6),
    PUBLIC_ORDER_CLOSURE(Track.ADMINISTRATIVE, "art. 134quater NGW", 3),
    TRAFFICKING_CLOSURE(Track.ADMINISTRATIVE, "art. 134quinquies NGW", 6),
    INTEGRITY_INVESTIGATION(Track.ADMINISTRATIVE, "art. 119ter NGW (wet 15 januari 2024), DIOB-advies", 0),
    ADMINISTRATIVE_SEALS(Track.ADMINISTRATIVE, "art. 133ter NGW", 0),
    TAX_AUDIT(Track.FISCAL, "FOD Financiën (BBI, AAFisc)", 0),
    SOCIAL_INSPECTION(Track.SOCIAL, "Sociaal Strafwetboek; arbeidsauditoraat", 0),
    CUSTOMS_CONTROL(Track.CUSTOMS, "Douane en Accijnzen (AAD&A)", 0),
    HOUSING_INSPECTION(Track.OTHER, "Vlaamse Codex Wonen", 0),
    FOOD_SAFETY_INSPECTION(Track.OTHER, "FAVV", 0),
    ECONOMIC_INSPECTION(Track.OTHER, "Wetboek van economisch recht", 0);

    private final Track track;
    private final String legalBasis;
    private final int maxMonths;

    Intervention(Track track, String legalBasis, int maxMonths) {
        this.track = track;
        this.legalBasis = legalBasis;
        this.maxMonths = maxMonths;
    }

    public Track track() {
        return track;
    }

    public String legalBasis() {
        return legalBasis;
    }

    /** The longest period in months, {@code 0} when the catalogue sets none. */
    public int maxMonths() {
        return maxMonths;
    }
}
