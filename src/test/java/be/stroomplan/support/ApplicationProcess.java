package be.stroomplan.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeyTemplates;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.signature.SignatureConfig;

import be.stroomplan.StroomplanApplication;

/**
 * One Stroomplan node in a JVM of its own (the test class path, {@code java -cp …
 * be.stroomplan.StroomplanApplication}), against an external PostgreSQL, on a port of its own. It
 * can be stopped (SIGTERM), killed (SIGKILL) and started again on the same database.
 */
public final class ApplicationProcess implements AutoCloseable {

    private final String name;
    private final Path directory;
    private final List<String> arguments;
    private final int port;
    private Process process;
    private Path log;
    private int starts;

    private ApplicationProcess(String name, Path directory, List<String> arguments) {
        this.name = name;
        this.directory = directory;
        this.arguments = arguments;
        this.port = freePort();
    }

    /**
     * A node on {@code database} with the cluster's shared secrets under {@code secrets} (see
     * {@link #writeSecrets}); {@code extra} are more {@code --name=value} arguments.
     */
    public static ApplicationProcess of(String name, Path directory, TestPostgres database, Path secrets, List<String> extra) {
        return of(name, directory, database, TestPostgres.DATABASE, secrets, extra);
    }

    /** As {@link #of(String, Path, TestPostgres, Path, List)}, on another database of the server. */
    public static ApplicationProcess of(String name, Path directory, TestPostgres database, String databaseName, Path secrets,
                                        List<String> extra) {
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.datasource.url=" + database.jdbcUrl(databaseName),
                "--spring.datasource.username=" + TestPostgres.APP,
                "--spring.datasource.password=",
                "--spring.flyway.user=" + TestPostgres.OWNER,
                "--spring.flyway.password=",
                "--stroomplan.audit.digest.keyset-file=" + secrets.resolve("audit-signing-keyset.json"),
                "--stroomplan.deconfliction.key-file=" + secrets.resolve("deconfliction-keys.properties"),
                "--logging.level.be.stroomplan=INFO"));
        arguments.addAll(extra);
        return new ApplicationProcess(name, directory, arguments);
    }

    /** The secrets every node of a cluster shares and that never are in the database: what a secret store gives each node. */
    public static Path writeSecrets(Path directory) {
        try {
            Files.createDirectories(directory);
            SignatureConfig.register();
            KeysetHandle keyset = KeysetHandle.generateNew(KeyTemplates.get("ED25519"));
            Files.writeString(directory.resolve("audit-signing-keyset.json"),
                    TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get()));
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            Files.writeString(directory.resolve("deconfliction-keys.properties"), "1=" + Base64.getEncoder().encodeToString(secret) + "\n");
            return directory;
        } catch (Exception e) {
            throw new IllegalStateException("Could not write the cluster's secrets", e);
        }
    }

    /** Launches the JVM; {@link #awaitReady} waits for it. */
    public synchronized ApplicationProcess start() {
        try {
            Files.createDirectories(directory.resolve("tmp"));
            starts++;
            log = directory.resolve(name + "-" + starts + ".log");
            List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                    "-Xmx768m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                    "-Djava.io.tmpdir=" + directory.resolve("tmp"),
                    "-cp", System.getProperty("java.class.path"), StroomplanApplication.class.getName(),
                    "--server.port=" + port));
            command.addAll(arguments);
            process = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            Process started = process;
            // never leave a node running after the test JVM, whatever ended it
            Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly, name + "-stop"));
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the node says it is ready for traffic; fails at once if the JVM exits. */
    public ApplicationProcess awaitReady(Duration timeout) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " exited with " + process.exitValue() + ":\n" + logTail());
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(base() + "/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return this;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause(Duration.ofMillis(250));
        }
        throw new AssertionError(name + " not ready after " + timeout + ":\n" + logTail());
    }

    /** SIGKILL: no shutdown hook, no graceful close of anything. */
    public void kill() {
        Process running = process;
        if (running != null && running.isAlive()) {
            running.destroyForcibly();
            waitFor(running);
        }
    }

    /** SIGTERM: the graceful shutdown an operator's stop gives. */
    public void stop() {
        Process running = process;
        if (running != null && running.isAlive()) {
            running.destroy();
            if (!waitFor(running)) {
                running.destroyForcibly();
                waitFor(running);
            }
        }
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    public int port() {
        return port;
    }

    public String base() {
        return "http://localhost:" + port;
    }

    public Http http() {
        return new Http(port);
    }

    /** Everything this node printed since its last start. */
    public String log() {
        try {
            return log == null ? "" : Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Everything this node printed over all its starts. */
    public String logs() {
        StringBuilder all = new StringBuilder();
        for (int i = 1; i <= starts; i++) {
            try {
                all.append(Files.readString(directory.resolve(name + "-" + i + ".log"), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return all.toString();
    }

    public String logTail() {
        String all = log();
        return all.length() <= 6_000 ? all : all.substring(all.length() - 6_000);
    }

    @Override
    public void close() {
        stop();
    }

    private static boolean waitFor(Process process) {
        try {
            return process.waitFor(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
