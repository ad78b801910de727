package be.stroomplan.partners.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import be.stroomplan.partners.PartnerDirectory;
import be.stroomplan.partners.Team;
import be.stroomplan.platform.UserSummaries;

import org.springframework.stereotype.Component;

/** Tells the platform's start page who a user is: organisation, teams and roles. */
@Component
class ProfileSummaries implements UserSummaries {

    private final PartnerDirectory directory;

    ProfileSummaries(PartnerDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Optional<UserSummary> summary(String username, Locale locale) {
        return directory.profile(username).map(profile -> {
            Map<String, Team> teams = directory.teams().stream().collect(Collectors.toMap(Team::code, Function.identity()));
            List<String> teamNames = profile.teamCodes().stream()
                    .map(code -> teams.containsKey(code) ? teams.get(code).name(locale) : code).toList();
            return new UserSummary(profile.displayName(), profile.organisation().name(locale), teamNames,
                    profile.roles().stream().map(Enum::name).toList());
        });
    }
}
