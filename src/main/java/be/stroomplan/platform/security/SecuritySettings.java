package be.stroomplan.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Security switches, under {@code stroomplan.security}.
 *
 * @param basicEnabled accept HTTP Basic with the built-in identity store on the API
 */
@ConfigurationProperties("stroomplan.security")
public record SecuritySettings(boolean basicEnabled) {
}
