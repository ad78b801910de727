package be.stroomplan.platform;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.validation.annotation.Validated;

/**
 * Counts failed password logins per client address in the database, so that every node sees them:
 * after {@code maxFailures} failures from one address within {@code lockDuration}, every password
 * login from that address is refused for {@code lockDuration}, the right password too. It stops one
 * machine trying many user names (the per-name lock stops one name being guessed). The address is the
 * one the servlet container reports: behind a load balancer set {@code server.forward-headers-strategy}
 * so that it is the client's, not the balancer's (docs/OPERATIONS.md).
 */
@Component
public class AddressThrottle {

    /**
     * Settings under {@code stroomplan.security.address-throttle}.
     *
     * @param maxFailures failed logins from one address that lock it
     * @param lockDuration how long it stays locked; failures older than this are forgotten
     */
    @Validated
    @ConfigurationProperties("stroomplan.security.address-throttle")
    public record Settings(@Min(1) int maxFailures, @NotNull Duration lockDuration) {
    }

    private final JdbcClient jdbc;
    private final Settings settings;

    AddressThrottle(JdbcClient jdbc, Settings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** When the address is locked now, until when; an unknown address (null) is never locked. */
    public Optional<Instant> lockedUntil(String address) {
        if (address == null || address.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT locked_until FROM login_throttle_address WHERE address = ? AND locked_until > now()")
                .param(key(address)).query(Instant.class).optional();
    }

    public void recordFailure(String address) {
        if (address == null || address.isBlank()) {
            return;
        }
        jdbc.sql("""
                INSERT INTO login_throttle_address AS t (address, failures, last_failure_at, locked_until)
                VALUES (:address, 1, now(), CASE WHEN :max <= 1 THEN now() + :lock * interval '1 second' END)
                ON CONFLICT (address) DO UPDATE SET
                    failures = CASE WHEN t.last_failure_at < now() - :lock * interval '1 second' THEN 1 ELSE t.failures + 1 END,
                    last_failure_at = now(),
                    locked_until = CASE
                        WHEN (CASE WHEN t.last_failure_at < now() - :lock * interval '1 second' THEN 1 ELSE t.failures + 1 END) >= :max
                        THEN now() + :lock * interval '1 second'
                        ELSE t.locked_until END""")
                .param("address", key(address))
                .param("max", settings.maxFailures())
                .param("lock", settings.lockDuration().toSeconds())
                .update();
    }

    private static String key(String address) {
        return address.length() > 64 ? address.substring(0, 64) : address;
    }
}
