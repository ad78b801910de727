package be.stroomplan.sharing;

import java.time.Instant;
import java.util.UUID;

/**
 * A user's dated acknowledgement of the confidentiality of a compartment (a MAHO case: Criminal
 * Code art. 458ter), with the version of the text accepted. Kept, never changed.
 */
public record Acknowledgement(UUID id, UUID compartment, String username, Instant acknowledgedAt, String textVersion) {
}
