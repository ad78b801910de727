package be.stroomplan.subjects;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import be.stroomplan.partners.UserProfile;
import be.stroomplan.protocols.CompartmentKind;
import be.stroomplan.protocols.CompartmentRole;
import be.stroomplan.protocols.PolicyUser;

/**
 * Who reads subjects, with the compartments the user is a member of: the read rule of
 * docs/SECURITY.md as data. A member of a KALI dossier reads every subject in it; a member of a
 * MAHO case, COAC action or reference compartment reads the subjects its own organisation recorded
 * there and those on the compartment's record. A user without a content role reads none.
 */
record SubjectReader(UserProfile user, boolean contentRole, Map<UUID, CompartmentKind> kinds, Map<UUID, CompartmentRole> roles) {

    static SubjectReader of(UserProfile user, Map<UUID, CompartmentKind> kinds, Map<UUID, CompartmentRole> roles) {
        boolean content = new PolicyUser(user.username(), user.organisation().code(), user.roles(), null, null).hasContentRole();
        return new SubjectReader(user, content, Map.copyOf(kinds), Map.copyOf(roles));
    }

    String organisation() {
        return user.organisation().code();
    }

    Optional<CompartmentRole> role(UUID compartment) {
        return Optional.ofNullable(roles.get(compartment));
    }

    /** Whether the user may read a record of this compartment, organisation and record flag. */
    boolean reads(UUID compartment, String ownerOrganisation, boolean onRecord) {
        CompartmentKind kind = kinds.get(compartment);
        if (!contentRole || kind == null) {
            return false;
        }
        return kind.jointFile() || onRecord || organisation().equals(ownerOrganisation);
    }

    boolean reads(Subject subject) {
        return reads(subject.compartment(), subject.ownerOrganisation(), subject.onRecord());
    }

    /** The dossiers the user reads whole, as a PostgreSQL array literal. */
    String joint() {
        return SubjectStore.array(kinds.entrySet().stream().filter(e -> contentRole && e.getValue().jointFile())
                .map(e -> e.getKey().toString()).toList());
    }

    /** The other compartments, where the organisation and the record flag decide. */
    String shared() {
        return SubjectStore.array(kinds.entrySet().stream().filter(e -> contentRole && !e.getValue().jointFile())
                .map(e -> e.getKey().toString()).toList());
    }

    List<UUID> compartments() {
        return List.copyOf(kinds.keySet());
    }
}
