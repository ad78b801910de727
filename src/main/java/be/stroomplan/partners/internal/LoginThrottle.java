package be.stroomplan.partners.internal;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts failed password logins per user name in the database, so that every node sees them.
 * The name is counted whether or not the account exists, so that locking reveals nothing.
 */
@Component
public class LoginThrottle {

    private final JdbcClient jdbc;
    private final LoginThrottleSettings settings;

    LoginThrottle(JdbcClient jdbc, LoginThrottleSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** When the name is locked now, until when. */
    public Optional<Instant> lockedUntil(String username) {
        return jdbc.sql("SELECT locked_until FROM login_throttle WHERE username = ? AND locked_until > now()")
                .param(key(username)).query(Instant.class).optional();
    }

    public void recordFailure(String username) {
        jdbc.sql("""
                INSERT INTO login_throttle AS t (username, failures, last_failure_at, locked_until)
                VALUES (:username, 1, now(), CASE WHEN :max <= 1 THEN now() + :lock * interval '1 second' END)
                ON CONFLICT (username) DO UPDATE SET
                    failures = CASE WHEN t.last_failure_at < now() - :lock * interval '1 second' THEN 1 ELSE t.failures + 1 END,
                    last_failure_at = now(),
                    locked_until = CASE
                        WHEN (CASE WHEN t.last_failure_at < now() - :lock * interval '1 second' THEN 1 ELSE t.failures + 1 END) >= :max
                        THEN now() + :lock * interval '1 second'
                        ELSE t.locked_until END""")
                .param("username", key(username))
                .param("max", settings.maxFailures())
                .param("lock", settings.lockDuration().toSeconds())
                .update();
    }

    public void reset(String username) {
        jdbc.sql("DELETE FROM login_throttle WHERE username = ?").param(key(username)).update();
    }

    private static String key(String username) {
        String key = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        return key.length() > 254 ? key.substring(0, 254) : key;
    }
}
