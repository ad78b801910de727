package be.stroomplan.platform;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Who a user is, in words for the start page: the platform shows it, the module that owns
 * identities (partners) provides it as a bean. Keeps the platform free of domain dependencies.
 */
public interface UserSummaries {

    /** The summary of a user, with names in the given language, or empty for an unknown user. */
    Optional<UserSummary> summary(String username, Locale locale);

    /**
     * @param displayName  the user's name
     * @param organisation the name of the user's organisation in the requested language
     * @param teams        the names of the user's teams in the requested language
     * @param roles        role codes; the layout translates them with the message keys {@code role.<code>}
     */
    record UserSummary(String displayName, String organisation, List<String> teams, List<String> roles) {
    }
}
