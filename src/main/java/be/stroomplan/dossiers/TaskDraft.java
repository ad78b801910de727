package be.stroomplan.dossiers;

/** A team task as typed: title, the assignee’s user name (a member of the dossier), the due day (ISO, optional). */
public record TaskDraft(String title, String assignee, String dueOn) {
}
