package be.stroomplan.dossiers;

import java.time.Instant;
import java.util.UUID;

/**
 * One event of a dossier’s timeline: its kind (OPENED, STATUS_CHANGED, SUBJECT_ADDED, ITEM_ADDED,
 * SEIZURE, ARREST, TASK_ADDED, TASK_DONE, EMBARGO, MEMBER_ADDED, MEMBER_REMOVED, LINKED,
 * REPORT_ADDED, SUMMARY_APPROVED), who, when, and a short description without content.
 */
public record TimelineEvent(UUID id, UUID dossier, Instant at, String kind, String actor, String details) {
}
