package be.stroomplan.deconfliction.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The versioned HMAC-SHA256 keys of the index. A hash is HMAC(key, kind || 0x00 || normalised value).
 * One version is active (it hashes what is indexed now); while the index still holds rows of other
 * versions (a rotation under way), a check hashes with those too.
 */
@Component
public class DeconflictionKeys {

    private static final Logger log = LoggerFactory.getLogger(DeconflictionKeys.class);
    private static final String ALGORITHM = "HmacSHA256";

    private final NavigableMap<Integer, SecretKeySpec> keys = new ConcurrentSkipListMap<>();
    private volatile int active;

    DeconflictionKeys(DeconflictionSettings settings) {
        Map<Integer, String> configured = settings.keys().isEmpty() ? fromFile(settings.keyFile()) : settings.keys();
        configured.forEach((version, base64) -> keys.put(version, key(Base64.getDecoder().decode(base64.strip()))));
        if (keys.isEmpty()) {
            throw new IllegalStateException("No deconfliction key is configured");
        }
        active = settings.activeKey() == null ? keys.lastKey() : settings.activeKey();
        if (!keys.containsKey(active)) {
            throw new IllegalStateException("The active deconfliction key version " + active + " is not configured");
        }
    }

    /** The version that hashes new index rows. */
    public int active() {
        return active;
    }

    /** Every configured version, newest first. */
    public List<Integer> versions() {
        return List.copyOf(keys.descendingKeySet());
    }

    /**
     * Adds a key version and makes it the active one; the rotation job then re-hashes the index.
     * For operators’ tooling and tests; configuration does the same at start-up.
     */
    public synchronized void activate(int version, byte[] secret) {
        if (keys.containsKey(version) && !java.util.Arrays.equals(keys.get(version).getEncoded(), secret)) {
            throw new IllegalArgumentException("Key version " + version + " exists with another secret");
        }
        keys.put(version, key(secret));
        active = version;
    }

    /** A hasher for one thread (a {@link Mac} per version, reused for many values). */
    public Hasher hasher() {
        return new Hasher();
    }

    /** Hashes many values with the keys of this moment; not thread-safe. */
    public final class Hasher {

        private final Map<Integer, Mac> macs = new TreeMap<>();

        public byte[] hash(int version, String kind, String value) {
            Mac mac = macs.computeIfAbsent(version, v -> {
                try {
                    Mac m = Mac.getInstance(ALGORITHM);
                    SecretKeySpec key = keys.get(v);
                    if (key == null) {
                        throw new IllegalStateException("No deconfliction key version " + v);
                    }
                    m.init(key);
                    return m;
                } catch (GeneralSecurityException e) {
                    throw new IllegalStateException(e);
                }
            });
            mac.update(kind.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static SecretKeySpec key(byte[] secret) {
        if (secret.length < 32) {
            throw new IllegalStateException("A deconfliction key needs at least 32 bytes");
        }
        return new SecretKeySpec(secret, ALGORITHM);
    }

    private static Map<Integer, String> fromFile(Path file) {
        try {
            Properties properties = new Properties();
            if (!Files.exists(file)) {
                byte[] secret = new byte[32];
                new SecureRandom().nextBytes(secret);
                properties.setProperty("1", Base64.getEncoder().encodeToString(secret));
                Path directory = file.toAbsolutePath().getParent();
                Files.createDirectories(directory);
                Path partial = Files.createTempFile(directory, "keys", ".tmp");
                try {
                    Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException ignored) {
                    // not a POSIX file system
                }
                try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                    properties.store(out, "deconfliction HMAC keys by version (base64); keep out of the database backups");
                }
                Files.move(partial, file);
                log.warn("Generated a new deconfliction key in {}. Keep it out of the database backups.", file);
            }
            Properties read = new Properties();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                read.load(in);
            }
            Map<Integer, String> result = new TreeMap<>();
            read.stringPropertyNames().forEach(name -> result.put(Integer.parseInt(name.strip()), read.getProperty(name)));
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the deconfliction keys " + file, e);
        }
    }
}
