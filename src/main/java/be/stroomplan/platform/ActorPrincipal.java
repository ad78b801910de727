package be.stroomplan.platform;

/**
 * Implemented by the authenticated principals of every login path (password, OIDC, API), so
 * that the platform knows a user's organisation without knowing how the user logged in.
 */
public interface ActorPrincipal {

    String username();

    String organisationCode();
}
