package be.stroomplan.subjects.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.sql.DataSource;

import be.stroomplan.audit.AuditAction;
import be.stroomplan.audit.AuditRecord;
import be.stroomplan.audit.AuditTrail;
import be.stroomplan.partners.UserProfile;
import be.stroomplan.platform.Actor;
import be.stroomplan.platform.CurrentActor;
import be.stroomplan.sharing.Compartment;
import be.stroomplan.subjects.InvalidSubjectInput;
import be.stroomplan.subjects.SubjectCategory;
import be.stroomplan.subjects.SubjectNotFound;
import be.stroomplan.subjects.SubjectRegister;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bulk imports into the subject register (DESIGN.md §7: {@code POST /api/v1/imports?kind=}).
 * <p>
 * The upload is kept in a file and checked at once for what would spoil every row (an unknown
 * kind, a compartment the user may not write in, a wrong header, a missing KBO file); then the
 * import runs in the background in three steps: COPY into staging, validation by the register's
 * own checks, and the merge. The merge is one transaction, with the import's audit row and its
 * DONE status in it, and only runs when no row was refused: an import commits whole, or it
 * reports each refused row with its reason and commits nothing. Its progress is on the import's
 * row for the API and the page. An import whose node stopped is failed by {@link #recover}, and
 * can simply be run again: rows already merged are recognised by their reference.
 */
@Service
public class SubjectImports {

    /** The refused rows listed with their reasons; all are counted. */
    public static final int MAX_LISTED = 1000;

    private static final Logger log = LoggerFactory.getLogger(SubjectImports.class);

    private final SubjectRegister register;
    private final ImportStore store;
    private final ImportPipeline pipeline;
    private final ImportMerge merge;
    private final TransactionTemplate transaction;
    private final AuditTrail audit;
    private final Path directory;
    private final long maxBytes;
    private final Clock clock = Clock.systemUTC();
    private final ExecutorService workers;
    private final ExecutorService checkers;
    private final Set<UUID> running = ConcurrentHashMap.newKeySet();

    SubjectImports(SubjectRegister register, ImportStore store, DataSource dataSource, JdbcClient jdbc, JsonMapper json,
                   TransactionTemplate transaction, AuditTrail audit,
                   @Value("${stroomplan.imports.directory:${java.io.tmpdir}/stroomplan-imports}") Path directory,
                   @Value("${stroomplan.imports.max-bytes:2147483648}") long maxBytes,
                   @Value("${stroomplan.imports.max-row-bytes:65536}") int maxRowBytes,
                   @Value("${stroomplan.imports.workers:2}") int workers,
                   @Value("${stroomplan.imports.check-threads:0}") int checkThreads) {
        this.register = register;
        this.store = store;
        int threads = checkThreads > 0 ? checkThreads : Runtime.getRuntime().availableProcessors();
        this.checkers = Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "subject-import-check");
            thread.setDaemon(true);
            return thread;
        });
        this.pipeline = new ImportPipeline(dataSource, jdbc, store, json, maxRowBytes, checkers, threads);
        this.merge = new ImportMerge(jdbc);
        this.transaction = transaction;
        this.audit = audit;
        this.directory = directory;
        this.maxBytes = maxBytes;
        this.workers = Executors.newFixedThreadPool(workers, r -> {
            Thread thread = new Thread(r, "subject-import");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Receives an upload and starts its import. Refuses at once (400) an unknown kind or category,
     * an upload over the size limit, a wrong header or a zip without the KBO files; a compartment
     * the user may not know is not found (404), one where the user may not write is refused (403).
     */
    public ImportJob start(UserProfile user, String kindText, String compartmentText, String categoryText, InputStream body) {
        ImportKind kind = ImportKind.parse(kindText).orElseThrow(() -> InvalidSubjectInput.of("kind", "subjects.error.oneOf",
                "persons, companies, kbo, ftm"));
        String category = categoryText == null || categoryText.isBlank() ? SubjectCategory.OTHER.name()
                : categoryText.trim().toUpperCase(Locale.ROOT);
        try {
            SubjectCategory.valueOf(category);
        } catch (IllegalArgumentException e) {
            throw InvalidSubjectInput.of("category", "subjects.error.oneOf", List.of(SubjectCategory.values()).toString());
        }
        if (compartmentText == null || compartmentText.isBlank()) {
            throw InvalidSubjectInput.of("compartment", "subjects.error.required");
        }
        UUID compartmentId;
        try {
            compartmentId = UUID.fromString(compartmentText.trim());
        } catch (IllegalArgumentException e) {
            throw new SubjectNotFound("compartment");
        }
        Compartment compartment = register.writable(user, compartmentId);
        UUID id = UUID.randomUUID();
        Path upload = save(id, body);
        try {
            UploadCheck.check(kind, upload);
        } catch (InvalidSubjectInput | UncheckedIOException refused) {
            delete(upload);
            throw refused;
        }
        store.insert(id, kind, compartment.id(), user.organisation().code(), user.username(), clock.instant());
        Actor actor = CurrentActor.get();
        ImportPipeline.Target target = new ImportPipeline.Target(id, kind, compartment.id(), category, upload,
                LocalDate.now(clock.withZone(be.stroomplan.protocols.PolicyDecisionPoint.ZONE)));
        running.add(id);
        workers.submit(() -> run(target, compartment, user, actor));
        return store.find(id).orElseThrow();
    }

    /** An import of the user's own; any other is not found. */
    public ImportJob find(UserProfile user, String idText) {
        UUID id;
        try {
            id = UUID.fromString(idText == null ? "" : idText.trim());
        } catch (IllegalArgumentException e) {
            throw new SubjectNotFound("import");
        }
        return store.find(id).filter(job -> job.createdBy().equals(user.username()))
                .orElseThrow(() -> new SubjectNotFound("import"));
    }

    /** The user's latest imports, newest first. */
    public List<ImportJob> ofUser(UserProfile user) {
        return store.ofUser(user.username(), 20);
    }

    private void run(ImportPipeline.Target target, Compartment compartment, UserProfile user, Actor actor) {
        UUID id = target.importId();
        try {
            Rejections rejections = new Rejections();
            long start = System.nanoTime();
            pipeline.stage(target, rejections);
            long staged = System.nanoTime();
            if (!rejections.isFatal()) {
                pipeline.validate(target, rejections);
            }
            long validated = System.nanoTime();
            if (rejections.count() > 0) {
                store.rejected(id, rejections.count(), rejections.listed());
                store.fail(id, "rows refused");
                audit.record(AuditRecord.of(AuditAction.CREATE).object("IMPORT", id).compartment(compartment.id())
                        .purpose(compartment.id().toString()).legalBasis(compartment.kind().legalBasis(compartment.id().toString()))
                        .details(target.kind() + " import refused: " + rejections.count() + " rows, nothing merged").actor(actor)
                        .build());
                return;
            }
            long ready = store.readyCount(id);
            store.phase(id, ImportPhase.MERGING, ready);
            transaction.executeWithoutResult(status -> {
                ImportMerge.Counts counts = merge.merge(id, compartment.id(), user.organisation().code(), user.username(),
                        clock.instant());
                audit.record(AuditRecord.of(AuditAction.CREATE).object("IMPORT", id).compartment(compartment.id())
                        .purpose(compartment.id().toString()).legalBasis(compartment.kind().legalBasis(compartment.id().toString()))
                        .details(target.kind() + " import: " + counts.created() + " new, " + counts.updated() + " updated, "
                                + counts.relations() + " relations").actor(actor).build());
                store.done(id, counts.created(), counts.updated(), counts.relations());
            });
            log.info("Import {} ({} rows): staged in {} ms, validated in {} ms, merged in {} ms", id, ready,
                    (staged - start) / 1_000_000, (validated - staged) / 1_000_000, (System.nanoTime() - validated) / 1_000_000);
        } catch (Exception e) {
            log.warn("Import {} failed", id, e);
            store.fail(id, "the import stopped: " + e.getClass().getSimpleName());
        } finally {
            running.remove(id);
            try {
                store.clean(id);
            } catch (RuntimeException e) {
                log.warn("Could not remove the staging rows of import {}", id, e);
            }
            delete(target.upload());
        }
    }

    /**
     * Fails the imports of this cluster that still show RUNNING but whose worker has been silent
     * since {@code before}: their node stopped (a crash, a kill). Their merge never committed, so
     * nothing of them is in the register; their staging rows are removed. Imports running on this
     * node are left alone.
     */
    public int recover(java.time.Instant before) {
        int failed = 0;
        for (UUID id : store.stale(before)) {
            if (!running.contains(id) && store.fail(id, "interrupted: the node running it stopped")) {
                store.clean(id);
                failed++;
            }
        }
        return failed;
    }

    private Path save(UUID id, InputStream body) {
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve(id + ".upload");
            long copied = 0;
            try (OutputStream out = Files.newOutputStream(file)) {
                byte[] buffer = new byte[65536];
                int n;
                while ((n = body.read(buffer)) > 0) {
                    copied += n;
                    if (copied > maxBytes) {
                        out.close();
                        delete(file);
                        throw InvalidSubjectInput.of("body", "subjects.import.error.tooLarge", maxBytes / (1024 * 1024));
                    }
                    out.write(buffer, 0, n);
                }
            }
            if (copied == 0) {
                delete(file);
                throw InvalidSubjectInput.of("body", "subjects.import.error.empty");
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete the upload {}", file, e);
        }
    }

    @PreDestroy
    void stop() {
        workers.shutdownNow();
        checkers.shutdownNow();
    }
}
