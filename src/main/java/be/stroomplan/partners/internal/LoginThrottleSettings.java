package be.stroomplan.partners.internal;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * After {@code maxFailures} failed password logins for one user name, that name is locked for
 * {@code lockDuration}. Failures older than the lock duration are forgotten.
 */
@Validated
@ConfigurationProperties("stroomplan.security.login-throttle")
public record LoginThrottleSettings(@Min(1) int maxFailures, @NotNull Duration lockDuration) {
}
