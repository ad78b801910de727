package be.stroomplan.impact;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The districts of the City of Antwerp and their postcodes (2000 to 2660). */
public final class Districts {

    /** Postcode → district, in the order the table shows them. */
    public static final Map<String, String> BY_POSTCODE;

    static {
        Map<String, String> m = new LinkedHashMap<>();
        for (String p : List.of("2000", "2018", "2020", "2030", "2050", "2060")) {
            m.put(p, "Antwerpen");
        }
        m.put("2040", "Berendrecht-Zandvliet-Lillo");
        m.put("2100", "Deurne");
        m.put("2140", "Borgerhout");
        m.put("2170", "Merksem");
        m.put("2180", "Ekeren");
        m.put("2600", "Berchem");
        m.put("2610", "Wilrijk");
        m.put("2660", "Hoboken");
        BY_POSTCODE = Map.copyOf(m);
    }

    /** The nine districts in table order. */
    public static final List<String> NAMES = List.of("Antwerpen", "Berchem", "Berendrecht-Zandvliet-Lillo", "Borgerhout",
            "Deurne", "Ekeren", "Hoboken", "Merksem", "Wilrijk");

    private Districts() {
    }
}
