package be.stroomplan.platform;

import java.time.Instant;

import org.springframework.security.core.AuthenticationException;

/**
 * A login refused without checking the password, because too many attempts failed for this user
 * name. The API answers 429 with {@code Retry-After}; the login page says when to try again.
 */
public class LoginThrottledException extends AuthenticationException {

    private final Instant lockedUntil;

    public LoginThrottledException(Instant lockedUntil) {
        super("Too many failed logins; try again later");
        this.lockedUntil = lockedUntil;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }
}
