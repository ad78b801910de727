package be.stroomplan.dossiers;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a dossier stands. OPEN → JUDICIAL_INVESTIGATION → CLOSED_DISMISSED, REFERRED_TO_COURT or
 * JOINED; from OPEN also directly to one of the three closing states (dismissal, direct summons,
 * joining). The closing states are final. See the module documentation for the table.
 */
public enum DossierStatus {
    OPEN,
    JUDICIAL_INVESTIGATION,
    CLOSED_DISMISSED,
    REFERRED_TO_COURT,
    JOINED;

    /** The states this one may move to. */
    public Set<DossierStatus> next() {
        return switch (this) {
            case OPEN -> EnumSet.of(JUDICIAL_INVESTIGATION, CLOSED_DISMISSED, REFERRED_TO_COURT, JOINED);
            case JUDICIAL_INVESTIGATION -> EnumSet.of(CLOSED_DISMISSED, REFERRED_TO_COURT, JOINED);
            case CLOSED_DISMISSED, REFERRED_TO_COURT, JOINED -> EnumSet.noneOf(DossierStatus.class);
        };
    }

    public boolean mayMoveTo(DossierStatus target) {
        return next().contains(target);
    }

    /** Still being worked on: OPEN or JUDICIAL_INVESTIGATION. */
    public boolean active() {
        return this == OPEN || this == JUDICIAL_INVESTIGATION;
    }
}
