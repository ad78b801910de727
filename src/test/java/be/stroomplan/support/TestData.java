package be.stroomplan.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import java.time.Duration;
import java.time.Instant;

/** Small helpers of the tests that drive separate application processes. */
public final class TestData {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private TestData() {
    }

    /** A valid Belgian enterprise number (KBO/BCE), never the same twice in practice. */
    public static String enterpriseNumber() {
        int body = ThreadLocalRandom.current().nextInt(2_000_000, 99_999_999);
        String first8 = "%08d".formatted(body);
        first8 = "0" + first8.substring(1);
        long check = 97 - (Long.parseLong(first8) % 97);
        return first8 + "%02d".formatted(check);
    }

    /** A unique notice number (PV style) for a new dossier. */
    public static String noticeNumber() {
        return "AN.12.L1.%06d/26".formatted(ThreadLocalRandom.current().nextInt(100_000, 999_999));
    }

    /** The CSRF token of a page's form, URL-encoded for a form post. */
    public static String csrf(String html) {
        Matcher matcher = CSRF.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("the page has no CSRF token:\n" + html);
        }
        return URLEncoder.encode(matcher.group(1), StandardCharsets.UTF_8);
    }

    /** Polls until the condition holds; fails with the message when the time is up. */
    public static void eventually(Duration timeout, String message, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not within " + timeout + ": " + message);
            }
            ApplicationProcess.pause(Duration.ofMillis(200));
        }
    }

    /** A fresh directory under the build folder, for the logs and data of one test class. */
    public static Path freshDirectory(String name) {
        Path directory = Path.of("target", "it", name).toAbsolutePath();
        try {
            if (Files.exists(directory)) {
                try (Stream<Path> paths = Files.walk(directory)) {
                    paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                }
            }
            Files.createDirectories(directory);
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
