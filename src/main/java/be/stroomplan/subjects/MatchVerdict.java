package be.stroomplan.subjects;

import java.time.Instant;
import java.util.UUID;

/** A person's decision on a pair of subject records, as recorded. */
public record MatchVerdict(UUID id, UUID subjectId, UUID otherId, SameEntity decision, String decidedBy,
                           String decidedOrganisation, Instant decidedAt) {
}
