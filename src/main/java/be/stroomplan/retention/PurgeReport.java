package be.stroomplan.retention;

import java.time.LocalDate;
import java.util.List;

/** What a purge run did: the day it ran for, the held compartments it spared, and the counts. */
public record PurgeReport(LocalDate day, int heldCompartments, List<PurgeCount> counts) {

    public long rows(String dataClass) {
        return counts.stream().filter(c -> c.dataClass().equals(dataClass)).mapToLong(PurgeCount::rows).sum();
    }
}
