package be.stroomplan.dossiers;

import java.util.List;

/**
 * A new dossier as the API and the form give it, unparsed, so that every field can be refused with
 * its own message (DESIGN.md §7). {@code members} with {@code restricted} true replaces the
 * team-wide membership of KALI by the named users only. Unknown JSON fields are ignored.
 */
public record DossierDraft(String noticeNumber, String title, String magistrate, String leadInvestigator, String judge,
                           List<String> officialReports, Boolean embargo, List<String> members, Boolean restricted) {
}
