package be.stroomplan.deconfliction;

import java.time.Instant;

/**
 * What the requester plans to do with the checked targets, for the magistrate: a description, the
 * time window, an address, and the requester's own reference (a COAC action or MAHO case id).
 * Every field may be null.
 */
public record PlannedAction(String description, Instant from, Instant to, String address, String reference) {
}
