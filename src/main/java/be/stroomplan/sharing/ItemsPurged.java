package be.stroomplan.sharing;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * Items were purged at the end of their retention (with their versions, attachments and
 * disclosures). Modules that derived data from them (search index rows, deconfliction hashes,
 * resolved-entity links) drop it on this event.
 */
public record ItemsPurged(Set<UUID> items, LocalDate day) {

    public ItemsPurged {
        items = Set.copyOf(items);
    }
}
