package be.stroomplan.subjects.imports;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An import as its requester sees it: what, where, how far ({@code processed} of {@code total} rows
 * in the current phase), the rows it refused (the first {@value SubjectImports#MAX_LISTED} of
 * {@code rejectedCount}), and what the merge wrote.
 */
public record ImportJob(UUID id, ImportKind kind, UUID compartment, String ownerOrganisation, String createdBy,
                        Instant createdAt, ImportStatus status, ImportPhase phase, long total, long processed,
                        long rejectedCount, List<RejectedRow> rejected, long created, long updated, long relations,
                        String failure, Instant finishedAt) {

    public ImportJob {
        rejected = List.copyOf(rejected);
    }

    /** Progress of the whole import in percent: staging, validation and merge take a third each. */
    public int percent() {
        if (status != ImportStatus.RUNNING) {
            return 100;
        }
        int base = switch (phase) {
            case RECEIVED, STAGING -> 0;
            case VALIDATING -> 33;
            case MERGING -> 66;
            case FINISHED -> 100;
        };
        int within = total <= 0 ? 0 : (int) Math.min(33, processed * 33 / total);
        return Math.min(99, base + within);
    }
}
