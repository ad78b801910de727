package be.stroomplan.dossiers;

import java.util.List;
import java.util.Map;

import be.stroomplan.protocols.CompartmentRole;
import be.stroomplan.retention.LegalHold;
import be.stroomplan.sharing.CompartmentMember;

/**
 * A dossier as its reader sees it: the file, the reader’s role and powers, the official reports,
 * the members, the subjects with their role, the linked dossiers the reader may know, the records
 * and their counts, the seizure totals, the embargo and the legal hold.
 */
public record DossierDetails(Dossier dossier, CompartmentRole role, boolean magistrate, boolean embargoed, LegalHold legalHold,
                             List<String> officialReports, List<CompartmentMember> members, List<DossierSubject> subjects,
                             List<Dossier> linked, List<Seizure> seizures, List<Arrest> arrests, List<DossierTask> tasks,
                             SeizureTotals seizureTotals, Map<String, Long> counts) {

    public boolean writes() {
        return role.writes();
    }

    public boolean manages() {
        return role == CompartmentRole.MANAGER;
    }
}
