package be.stroomplan.controls;

import java.time.Instant;
import java.util.UUID;

/** One line of an action's history. */
public record ControlTransition(UUID id, ControlStatus from, ControlStatus to, String reason, String byUser,
                                String byOrganisation, Instant at) {
}
