package be.stroomplan.partners.internal.oidc;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Links a provider identity (issuer and subject) to a local account, once. */
@Repository
class OidcLinks {

    private final JdbcClient jdbc;

    OidcLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Links the identity to the account unless the account is already linked to another identity.
     * One conditional statement, so two first logins racing for the same account cannot both win.
     *
     * @return whether the account is now linked to this identity
     */
    boolean linkIfUnlinked(UUID userId, String issuer, String subject) {
        return jdbc.sql("""
                UPDATE app_user SET oidc_issuer = ?, oidc_subject = ?
                WHERE id = ? AND (oidc_subject IS NULL OR (oidc_issuer = ? AND oidc_subject = ?))""")
                .params(issuer, subject, userId, issuer, subject).update() == 1;
    }
}
