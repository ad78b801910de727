package be.stroomplan.platform;

import java.time.Instant;

import org.springframework.security.authentication.LockedException;

/**
 * A login refused without checking the password, because too many attempts failed for this user
 * name. The API answers 429 with {@code Retry-After}; the login page says when to try again. A
 * {@link LockedException}, so that Spring Security publishes it as a failed login (and the audit
 * trail records it).
 */
public class LoginThrottledException extends LockedException {

    private final Instant lockedUntil;

    public LoginThrottledException(Instant lockedUntil) {
        super("Too many failed logins; try again later");
        this.lockedUntil = lockedUntil;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }
}
