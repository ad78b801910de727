package be.stroomplan.dossiers;

import java.math.BigDecimal;
import java.util.Map;

/** The sums of a set of seizures: drugs in kg per type, cash and crypto in euro, counts of the rest. */
public record SeizureTotals(Map<DrugType, BigDecimal> drugsKg, BigDecimal cashEur, BigDecimal cryptoEur, int vehicles,
                            int weapons, int realEstate) {

    public SeizureTotals {
        drugsKg = Map.copyOf(drugsKg);
    }

    public BigDecimal drugsTotalKg() {
        return drugsKg.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
