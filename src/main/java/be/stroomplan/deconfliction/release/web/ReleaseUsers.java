package be.stroomplan.deconfliction.release.web;

import java.util.UUID;

import be.stroomplan.deconfliction.release.ReleaseNotFound;
import be.stroomplan.partners.PartnerDirectory;
import be.stroomplan.partners.UserProfile;
import be.stroomplan.platform.CurrentActor;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** The profile of the current user, and opaque ids: one that is not well-formed is simply unknown. */
@Component
class ReleaseUsers {

    private final PartnerDirectory partners;

    ReleaseUsers(PartnerDirectory partners) {
        this.partners = partners;
    }

    UserProfile current() {
        return partners.profile(CurrentActor.get().username()).filter(UserProfile::enabled)
                .orElseThrow(() -> new AccessDeniedException("no local profile"));
    }

    static UUID id(String id) {
        try {
            return UUID.fromString(id.trim());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ReleaseNotFound();
        }
    }
}
