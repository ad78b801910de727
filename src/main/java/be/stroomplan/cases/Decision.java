package be.stroomplan.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A MAHO decision: the lead organisation, the rationale and the chosen interventions per track. */
public record Decision(UUID id, UUID caseId, String leadOrganisation, String rationale, UUID meeting, String decidedBy,
                       Instant decidedAt, List<Line> interventions) {

    /** One chosen intervention: its track, its catalogue entry, who leads it, its period and why. */
    public record Line(UUID id, Track track, Intervention intervention, String leadOrganisation, LocalDate from,
                       LocalDate to, String rationale) {
    }
}
