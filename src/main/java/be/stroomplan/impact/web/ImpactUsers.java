package be.stroomplan.impact.web;

import be.stroomplan.partners.PartnerDirectory;
import be.stroomplan.partners.UserProfile;
import be.stroomplan.platform.CurrentActor;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** The profile of the user of the current request. */
@Component
class ImpactUsers {

    private final PartnerDirectory partners;

    ImpactUsers(PartnerDirectory partners) {
        this.partners = partners;
    }

    UserProfile current() {
        return partners.profile(CurrentActor.get().username()).filter(UserProfile::enabled)
                .orElseThrow(() -> new AccessDeniedException("no local profile"));
    }
}
