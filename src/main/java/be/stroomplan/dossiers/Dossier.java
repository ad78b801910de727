package be.stroomplan.dossiers;

import java.time.Instant;
import java.util.UUID;

/**
 * A KALI judicial dossier: the aggregate that owns its status moves. Its id is the id of its
 * compartment. {@code ownerOrganisation} is the lead investigator’s organisation.
 */
public record Dossier(UUID id, NoticeNumber noticeNumber, String title, DossierStatus status, String magistrate,
                      String leadInvestigator, String judge, UUID joinedInto, boolean restricted, String ownerOrganisation,
                      String createdBy, Instant createdAt, Instant updatedAt, int version) {

    /**
     * The dossier after moving to {@code target}. Refuses an illegal move ({@link DossierConflict}),
     * JUDICIAL_INVESTIGATION without an investigating judge and JOINED without a target or into
     * itself ({@link InvalidDossierInput}).
     */
    public Dossier moveTo(DossierStatus target, String newJudge, UUID into, Instant at) {
        if (target == null) {
            throw InvalidDossierInput.of("to", "dossiers.error.required");
        }
        if (!status.mayMoveTo(target)) {
            throw new DossierConflict("dossiers.error.transition",
                    "A dossier in status " + status + " cannot move to " + target + ".");
        }
        String judgeAfter = judge;
        UUID joined = null;
        if (target == DossierStatus.JUDICIAL_INVESTIGATION) {
            if (newJudge == null || newJudge.isBlank()) {
                throw InvalidDossierInput.of("judge", "dossiers.error.judge");
            }
            if (newJudge.strip().length() > 200) {
                throw InvalidDossierInput.of("judge", "dossiers.error.length", 200);
            }
            judgeAfter = newJudge.strip();
        }
        if (target == DossierStatus.JOINED) {
            if (into == null) {
                throw InvalidDossierInput.of("joinedInto", "dossiers.error.joinedInto");
            }
            if (into.equals(id)) {
                throw InvalidDossierInput.of("joinedInto", "dossiers.error.joinedSelf");
            }
            joined = into;
        }
        return new Dossier(id, noticeNumber, title, target, magistrate, leadInvestigator, judgeAfter, joined, restricted,
                ownerOrganisation, createdBy, createdAt, at, version + 1);
    }
}
