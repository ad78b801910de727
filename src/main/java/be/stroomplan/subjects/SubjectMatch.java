package be.stroomplan.subjects;

import java.util.List;
import java.util.UUID;

/**
 * A candidate match of a subject record: the other record, its score and level, the reasons, and
 * the latest decision a person took on the pair (null when none).
 */
public record SubjectMatch(UUID subjectId, String ref, String name, SubjectType type, UUID compartment, double score,
                           MatchLevel decision, List<MatchReason> reasons, SameEntity confirmed) {

    public SubjectMatch {
        reasons = List.copyOf(reasons);
    }
}
