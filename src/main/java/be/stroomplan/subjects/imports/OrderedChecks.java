package be.stroomplan.subjects.imports;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import be.stroomplan.subjects.SubjectDraft;
import be.stroomplan.subjects.SubjectValidation;

/**
 * The register's checks of an import's rows, on every core, with the results taken back in the
 * order of the file: the reading thread hands over batches of rows ({@link #row}, {@link #refused}),
 * the checking threads judge each row with {@link SubjectValidation#check} and render the valid ones
 * as COPY text, and the reading thread sends that text to the ready table and records the refused
 * rows, batch after batch in the file's order. At most {@code inFlight} batches are on their way, so
 * memory stays bounded whatever the size of the file. A reference given twice is not seen here; the
 * ready table finds it afterwards.
 */
final class OrderedChecks implements AutoCloseable {

    static final int BATCH = 500;

    /** A row to check: its line and how to make its draft (on the checking thread), or a row already refused. */
    private record Entry(int line, Supplier<SubjectDraft> draft, RejectedRow refused) {
    }

    private record Checked(String rows, List<RejectedRow> refused, int count) {
    }

    private final ExecutorService threads;
    private final int inFlight;
    private final UUID importId;
    private final String file;
    private final LocalDate today;
    private final ReadyRows ready;
    private final Rejections rejections;
    private final ArrayDeque<Future<Checked>> pending = new ArrayDeque<>();
    private List<Entry> batch = new ArrayList<>(BATCH);
    private long checked;

    /** {@code file} names the rows in refusals (the KBO file, or null for a single file). */
    OrderedChecks(ExecutorService threads, int inFlight, UUID importId, String file, LocalDate today, ReadyRows ready,
                  Rejections rejections) {
        this.threads = threads;
        this.inFlight = inFlight;
        this.importId = importId;
        this.file = file;
        this.today = today;
        this.ready = ready;
        this.rejections = rejections;
    }

    /** A row to check; the draft is made on a checking thread. */
    void row(int line, Supplier<SubjectDraft> draft) throws SQLException {
        add(new Entry(line, draft, null));
    }

    /** A row refused before the checks (unreadable, the wrong number of fields), kept in its place in the file. */
    void refused(RejectedRow row) throws SQLException {
        add(new Entry(row.line(), null, row));
    }

    /** The rows checked and taken back so far. */
    long checked() {
        return checked;
    }

    /** Checks what is left and waits for every batch. */
    void finish() throws SQLException {
        submit();
        while (!pending.isEmpty()) {
            takeOldest();
        }
    }

    @Override
    public void close() {
        pending.forEach(future -> future.cancel(true));
        pending.clear();
    }

    private void add(Entry entry) throws SQLException {
        batch.add(entry);
        if (batch.size() == BATCH) {
            submit();
        }
    }

    private void submit() throws SQLException {
        if (batch.isEmpty()) {
            return;
        }
        List<Entry> entries = batch;
        batch = new ArrayList<>(BATCH);
        while (pending.size() >= inFlight) {
            takeOldest();
        }
        pending.add(threads.submit(() -> check(entries)));
    }

    private void takeOldest() throws SQLException {
        Checked done;
        try {
            done = pending.removeFirst().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while checking rows", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
        done.refused().forEach(rejections::add);
        if (!done.rows().isEmpty()) {
            ready.send(done.rows());
        }
        checked += done.count();
    }

    /** On a checking thread: the verdicts of one batch, the valid rows rendered for COPY. */
    private Checked check(List<Entry> entries) throws SQLException {
        CopyRows rows = CopyRows.text();
        List<RejectedRow> refused = new ArrayList<>();
        for (Entry entry : entries) {
            if (entry.refused() != null) {
                refused.add(entry.refused());
                continue;
            }
            SubjectDraft draft = entry.draft().get();
            SubjectValidation.Checked result = SubjectValidation.check(draft, today);
            boolean hasRef = draft.ref() != null && !draft.ref().isBlank();
            if (!hasRef) {
                refused.add(RejectedRow.of(file, entry.line(), "ref", "subjects.import.error.ref", List.of()));
            }
            for (var problem : result.problems()) {
                Object[] arguments = problem.message().getArguments();
                refused.add(RejectedRow.of(file, entry.line(), problem.field(), problem.message().getCodes()[0],
                        arguments == null ? List.of() : Arrays.asList(arguments)));
            }
            if (result.valid() && hasRef) {
                ReadyRows.render(rows, importId, entry.line(), result);
            }
        }
        return new Checked(rows.take(), refused, entries.size());
    }
}
