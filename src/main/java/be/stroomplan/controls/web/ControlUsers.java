package be.stroomplan.controls.web;

import java.util.UUID;

import be.stroomplan.controls.ControlNotFound;
import be.stroomplan.partners.PartnerDirectory;
import be.stroomplan.partners.UserProfile;
import be.stroomplan.platform.CurrentActor;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** The profile of the user of the current request, and the parsing of opaque action ids. */
@Component
class ControlUsers {

    private final PartnerDirectory partners;

    ControlUsers(PartnerDirectory partners) {
        this.partners = partners;
    }

    UserProfile current() {
        return partners.profile(CurrentActor.get().username()).filter(UserProfile::enabled)
                .orElseThrow(() -> new AccessDeniedException("no local profile"));
    }

    /** Ids are opaque: one that is not even well-formed is simply unknown. */
    static UUID id(String id, String what) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ControlNotFound(what);
        }
    }
}
