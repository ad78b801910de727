package be.stroomplan.deconfliction.release;

import java.util.List;
import java.util.UUID;

import be.stroomplan.sharing.ItemSummary;

/**
 * A KALI dossier of the magistrate in which the requested subject appears (the same subject, or one
 * with the same identifier), with the items of it the magistrate may read (the first page, newest
 * first).
 */
public record ReleaseCandidate(UUID dossier, String noticeNumber, String title, List<ItemSummary> items) {
}
