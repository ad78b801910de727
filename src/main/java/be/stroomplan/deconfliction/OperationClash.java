package be.stroomplan.deconfliction;

import java.time.Instant;
import java.util.UUID;

/**
 * Two planned operations target the same subject or address in overlapping time windows. Each side
 * sees its own reference, the overlap, and whom to call; never the other side's targets or content.
 */
public record OperationClash(UUID id, UUID reference, OperationKind otherKind, String otherCoordinator,
                             Instant overlapFrom, Instant overlapTo, Instant detectedAt) {
}
