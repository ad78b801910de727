package be.stroomplan.partners.web;

import java.time.LocalDate;
import java.util.List;

import be.stroomplan.partners.Clearance;
import be.stroomplan.partners.PartnerDirectory;
import be.stroomplan.partners.UserProfile;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.http.HttpStatus;

/** Who am I: the calling user, its organisation, teams and roles. */
@RestController
@RequestMapping("/api/v1/me")
@PreAuthorize("isAuthenticated()")
class MeController {

    private final PartnerDirectory directory;
    private final PartnerAudit audit;

    MeController(PartnerDirectory directory, PartnerAudit audit) {
        this.directory = directory;
        this.audit = audit;
    }

    @GetMapping
    MeView me(Authentication authentication) {
        UserProfile profile = directory.profile(authentication.getName())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No local account for this login"));
        audit.read("USER", profile.id().toString());
        return MeView.of(profile);
    }

    record MeView(UserView user, String username, OrganisationView organisation, List<String> teams, List<String> roles,
                  List<MembershipView> memberships, ClearanceView clearance) {

        static MeView of(UserProfile profile) {
            return new MeView(new UserView(profile.id().toString(), profile.username(), profile.displayName(), profile.email()),
                    profile.username(), OrganisationView.of(profile.organisation()),
                    List.copyOf(profile.teamCodes()), profile.roles().stream().map(Enum::name).toList(),
                    profile.memberships().stream().map(m -> new MembershipView(m.teamCode(), m.role().name())).toList(),
                    ClearanceView.of(profile.clearance()));
        }
    }

    record UserView(String id, String username, String displayName, String email) {
    }

    record MembershipView(String team, String role) {
    }

    /** The clearance as granted; {@code validUntil} is {@code null} for no end date. */
    record ClearanceView(String level, LocalDate validUntil) {

        static ClearanceView of(Clearance clearance) {
            return new ClearanceView(clearance.level().name(), clearance.validUntil());
        }
    }
}
