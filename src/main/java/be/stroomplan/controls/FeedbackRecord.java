package be.stroomplan.controls;

import java.time.Instant;
import java.util.UUID;

/**
 * The feedback of one service's results towards a linked case or dossier: the item made in the
 * action, and the disclosure to one recipient, made or refused (with the policy's reason codes).
 */
public record FeedbackRecord(UUID id, String organisation, UUID item, UUID compartment, String recipient, boolean disclosed,
                             String reasons, Instant at) {
}
