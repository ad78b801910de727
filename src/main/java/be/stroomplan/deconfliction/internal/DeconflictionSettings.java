package be.stroomplan.deconfliction.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The deconfliction module’s settings ({@code stroomplan.deconfliction.*}).
 *
 * @param keys the HMAC keys by version, base64 (at least 32 bytes each), e.g. from a secret store;
 *        when empty, they are read from {@code keyFile}, which is generated with one key if missing
 * @param activeKey the version that hashes new entries; the highest version when not set
 * @param keyFile where the generated development keys live, outside the database
 * @param reminderAfter how long a ticket waits before its magistrate is reminded by e-mail
 * @param maxItems the most identifiers one check may carry
 */
@ConfigurationProperties("stroomplan.deconfliction")
public record DeconflictionSettings(Map<Integer, String> keys, Integer activeKey, Path keyFile, Duration reminderAfter,
                                    Integer maxItems) {

    public DeconflictionSettings {
        keys = keys == null ? Map.of() : Map.copyOf(keys);
        keyFile = keyFile == null ? Path.of("data/keys/deconfliction-keys.properties") : keyFile;
        reminderAfter = reminderAfter == null ? Duration.ofHours(48) : reminderAfter;
        maxItems = maxItems == null ? 10_000 : maxItems;
    }
}
