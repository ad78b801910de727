package be.stroomplan.deconfliction;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A planned operation for operational deconfliction: its owner's reference (a COAC action id, or a
 * police operation id), the coordinator to alert, the time window and the targets (subjects and
 * addresses as identifiers). Only keyed hashes of the targets are kept.
 */
public record PlannedOperation(UUID reference, OperationKind kind, String coordinator, Instant from, Instant to,
                               List<CheckItem> targets) {
}
