package be.stroomplan.platform;

/**
 * The person (or system) on whose behalf the platform acts: the authenticated user's name and
 * the code of the organisation the user belongs to. Principals that carry an organisation
 * implement {@link ActorPrincipal}.
 */
public record Actor(String username, String organisationCode, String clientAddress) {

    /** The platform itself, for scheduled work and start-up. */
    public static Actor system() {
        return new Actor("system", null, null);
    }
}
