package be.stroomplan.sharing;

import java.time.Instant;

/**
 * One version of an item: who made it and when, and its content, or {@code null} with
 * {@code withheld} when its classification is above the reader's clearance.
 */
public record ItemVersion(int version, String editedBy, Instant editedAt, boolean current, boolean withheld,
                          ItemContent content) {
}
