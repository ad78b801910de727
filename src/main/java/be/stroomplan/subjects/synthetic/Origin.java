package be.stroomplan.subjects.synthetic;

import java.util.List;

/**
 * Where a synthetic person's names come from, with its share of the population: roughly the mix of
 * an Antwerp district, not an official statistic.
 */
public enum Origin {

    FLEMISH(0.42, "BE", List.of("Antwerpen", "Mechelen", "Gent", "Lier", "Turnhout", "Brasschaat", "Schoten")),
    WALLOON(0.05, "BE", List.of("Liège", "Namur", "Charleroi", "Mons", "Bruxelles")),
    MOROCCAN(0.25, "MA", List.of("Antwerpen", "Nador", "Al Hoceima", "Tanger", "Casablanca", "Oujda", "Berkane")),
    TURKISH(0.12, "TR", List.of("Antwerpen", "Emirdağ", "Afyonkarahisar", "Istanbul", "Kayseri", "Ankara")),
    ALBANIAN(0.06, "XK", List.of("Prishtinë", "Tiranë", "Prizren", "Gjakovë", "Shkodër", "Antwerpen")),
    DUTCH(0.10, "NL", List.of("Rotterdam", "Breda", "Bergen op Zoom", "Roosendaal", "Amsterdam", "Antwerpen"));

    private final double share;
    private final String usualNationality;
    private final List<String> birthPlaces;

    Origin(double share, String usualNationality, List<String> birthPlaces) {
        this.share = share;
        this.usualNationality = usualNationality;
        this.birthPlaces = birthPlaces;
    }

    public double share() {
        return share;
    }

    /** The nationality a person of this origin has when not Belgian (ISO 3166 alpha-2). */
    public String usualNationality() {
        return usualNationality;
    }

    List<String> birthPlaces() {
        return birthPlaces;
    }
}
