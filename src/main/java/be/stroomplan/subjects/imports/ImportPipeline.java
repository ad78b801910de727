package be.stroomplan.subjects.imports;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.sql.DataSource;

import be.stroomplan.subjects.SubjectDraft;

import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The first two steps of an import, each streaming, neither touching a row of the register.
 * <p>
 * A CSV list (persons, companies) is read once: each record is cut, decoded and split on the
 * reading thread, judged by the register's own checks on every core ({@link OrderedChecks}), and
 * the valid rows, normalised and with their name keys, are copied with COPY into the ready table
 * in the order of the file; unreadable and invalid rows are refused with their line and reason.
 * A KBO zip is copied into staging as it is (one text[] per row) and joined into one row per
 * enterprise, an FtM file is staged line by line; their rows then go through the same checks.
 * Last, references given twice are found in the ready table.
 */
final class ImportPipeline {

    /** Progress is reported every this many rows. */
    static final int REPORT_EVERY = 10_000;

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final ImportStore store;
    private final JsonMapper json;
    private final int maxRowBytes;
    private final ExecutorService checkers;
    private final int inFlight;

    /** {@code checkers} run the register's checks; {@code threads} of them, with a few batches each on their way. */
    ImportPipeline(DataSource dataSource, JdbcClient jdbc, ImportStore store, JsonMapper json, int maxRowBytes,
                   ExecutorService checkers, int threads) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.store = store;
        this.json = json;
        this.maxRowBytes = maxRowBytes;
        this.checkers = checkers;
        this.inFlight = 3 * threads + 1;
    }

    /** CSV lists are checked while they are read, in one pass; the other kinds are staged first. */
    static boolean checkedWhileStaging(ImportKind kind) {
        return kind == ImportKind.PERSONS || kind == ImportKind.COMPANIES;
    }

    /** What an import works on. */
    record Target(UUID importId, ImportKind kind, UUID compartment, String category, Path upload, LocalDate today) {
    }

    // staging ------------------------------------------------------------------------------------

    void stage(Target t, Rejections rejections) throws IOException, SQLException {
        long size = Files.size(t.upload());
        store.phase(t.importId(), ImportPhase.STAGING, size);
        try (Counting in = new Counting(new BufferedInputStream(Files.newInputStream(t.upload())), t.importId())) {
            if (t.kind() == ImportKind.KBO) {
                stageZip(t, in, rejections);
            } else if (checkedWhileStaging(t.kind())) {
                stageAndCheck(t, in, rejections);
            } else {
                stageFile(t, 0, null, in, t.kind() == ImportKind.FTM ? null : t.kind().columns(), rejections);
            }
        }
    }

    /**
     * A CSV list in one pass: read, checked on every core, and the valid rows copied into the ready
     * table in the file's order. A wrong header fails the whole file before any row is checked.
     */
    private void stageAndCheck(Target t, InputStream in, Rejections rejections) throws IOException, SQLException {
        List<String> columns = t.kind().columns();
        CsvRecords records = new CsvRecords(new Unclosable(in), maxRowBytes, true);
        try (Connection connection = dataSource.getConnection(); ReadyRows ready = new ReadyRows(connection);
             OrderedChecks checks = new OrderedChecks(checkers, inFlight, t.importId(), null, t.today(), ready, rejections)) {
            boolean header = true;
            CsvRecords.Row row;
            while ((row = records.next()) != null) {
                if (row instanceof CsvRecords.Malformed bad) {
                    checks.refused(RejectedRow.of(null, bad.line(), null, bad.messageKey(), bad.arguments()));
                    header = false;
                    continue;
                }
                List<String> values = ((CsvRecords.Fields) row).values();
                if (header) {
                    header = false;
                    if (!Headers.matches(columns, values)) {
                        rejections.fatal(RejectedRow.of(null, row.line(), null, "subjects.import.error.header",
                                List.of(String.join(",", columns), String.join(",", values))));
                        return;
                    }
                    continue;
                }
                if (values.size() != columns.size()) {
                    checks.refused(RejectedRow.of(null, row.line(), null, "subjects.import.error.fieldCount",
                            List.of(values.size(), columns.size())));
                    continue;
                }
                String category = t.category();
                checks.row(row.line(), t.kind() == ImportKind.PERSONS ? () -> RowChecks.person(values, category)
                        : () -> RowChecks.company(values, category));
            }
            checks.finish();
            ready.finish();
        }
    }

    private void stageZip(Target t, InputStream in, Rejections rejections) throws IOException, SQLException {
        Set<String> seen = new HashSet<>();
        try (ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String name = Path.of(entry.getName()).getFileName().toString().toLowerCase(java.util.Locale.ROOT);
                for (KboRows.KboFile file : KboRows.FILES) {
                    if (file.name().equals(name) && seen.add(name)) {
                        stageFile(t, file.number(), file.name(), zip, file.columns(), rejections);
                    }
                }
            }
        }
        for (KboRows.KboFile file : KboRows.FILES) {
            if (file.required() && !seen.contains(file.name())) {
                rejections.fatal(RejectedRow.of(file.name(), 0, null, "subjects.import.error.missingFile", List.of(file.name())));
            }
        }
    }

    /**
     * Copies one CSV (or, without columns, one JSON-lines file) into staging. A header that does not
     * match fails the whole file: every row would be read wrongly.
     */
    private void stageFile(Target t, int file, String fileName, InputStream in, List<String> columns, Rejections rejections)
            throws IOException, SQLException {
        CsvRecords records = new CsvRecords(new Unclosable(in), maxRowBytes, columns != null);
        try (Connection connection = dataSource.getConnection();
             CopyRows copy = new CopyRows(connection, "subject_import_staging", "import_id, file, line, fields")) {
            boolean header = columns != null;
            CsvRecords.Row row;
            while ((row = records.next()) != null) {
                if (row instanceof CsvRecords.Malformed bad) {
                    rejections.add(RejectedRow.of(fileName, bad.line(), null, bad.messageKey(), bad.arguments()));
                    header = false;
                    continue;
                }
                List<String> values = ((CsvRecords.Fields) row).values();
                if (header) {
                    header = false;
                    if (!Headers.matches(columns, values)) {
                        rejections.fatal(RejectedRow.of(fileName, row.line(), null, "subjects.import.error.header",
                                List.of(String.join(",", columns), String.join(",", values))));
                        return;
                    }
                    continue;
                }
                if (columns != null && values.size() != columns.size()) {
                    rejections.add(RejectedRow.of(fileName, row.line(), null, "subjects.import.error.fieldCount",
                            List.of(values.size(), columns.size())));
                    continue;
                }
                copy.value(t.importId()).value(file).value(row.line()).array(values);
                copy.endRow();
            }
            copy.finish();
        }
    }

    // validating ---------------------------------------------------------------------------------

    void validate(Target t, Rejections rejections) throws SQLException {
        if (checkedWhileStaging(t.kind())) {
            store.phase(t.importId(), ImportPhase.VALIDATING, store.readyCount(t.importId()));
            duplicates(t, rejections);
            return;
        }
        long staged = jdbc.sql("SELECT count(*) FROM subject_import_staging WHERE import_id = ? AND file IN (0, 1)")
                .param(t.importId()).query(Long.class).single();
        store.phase(t.importId(), ImportPhase.VALIDATING, staged);
        String source = t.kind() == ImportKind.KBO ? KboRows.JOIN
                : "SELECT line, fields FROM subject_import_staging WHERE import_id = ? AND file = 0 ORDER BY line";
        String file = t.kind() == ImportKind.KBO ? "enterprise.csv" : null;
        List<FtmLink> links = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        try (Connection reading = dataSource.getConnection(); Connection writing = dataSource.getConnection();
             ReadyRows ready = new ReadyRows(writing);
             OrderedChecks checks = new OrderedChecks(checkers, inFlight, t.importId(), file, t.today(), ready, rejections)) {
            reading.setAutoCommit(false);
            try (PreparedStatement query = reading.prepareStatement(source)) {
                query.setFetchSize(2_000);
                query.setObject(1, t.importId());
                try (ResultSet rs = query.executeQuery()) {
                    long n = 0;
                    while (rs.next()) {
                        int line = rs.getInt("line");
                        if (t.kind() == ImportKind.KBO) {
                            KboRows.Enterprise enterprise = enterprise(rs);
                            checks.row(line, () -> RowChecks.enterprise(enterprise, t.category()));
                        } else {
                            // FtM entities are read here, in order: links and ids are the file's state
                            SubjectDraft draft = ftm(line, fields(rs).get(0), t.category(), links, ids, rejections);
                            if (draft != null) {
                                checks.row(line, () -> draft);
                            }
                        }
                        if (++n % REPORT_EVERY == 0) {
                            store.progress(t.importId(), checks.checked());
                        }
                    }
                }
            }
            checks.finish();
            reading.commit();
            ready.finish();
        }
        duplicates(t, rejections);
        if (!links.isEmpty()) {
            links(t, links, ids, rejections);
        }
    }

    /** A reference given twice in one file: the later rows are refused, naming the first. */
    private void duplicates(Target t, Rejections rejections) {
        String file = t.kind() == ImportKind.KBO ? "enterprise.csv" : null;
        jdbc.sql("SELECT ref, array_agg(line ORDER BY line) AS lines FROM subject_import_ready WHERE import_id = ?"
                        + " GROUP BY ref HAVING count(*) > 1 ORDER BY min(line) LIMIT ?")
                .params(t.importId(), SubjectImports.MAX_LISTED).query((rs, n) -> {
                    Integer[] lines = (Integer[]) rs.getArray("lines").getArray();
                    for (int i = 1; i < lines.length; i++) {
                        rejections.add(RejectedRow.of(file, lines[i], "ref", "subjects.import.error.duplicateRef",
                                List.of(rs.getString("ref"), lines[0])));
                    }
                    return null;
                }).list();
    }

    private record FtmLink(int line, Ftm.Link link) {
    }

    private SubjectDraft ftm(int line, String text, String category, List<FtmLink> links, Set<String> ids,
                             Rejections rejections) {
        JsonNode entity;
        try {
            entity = json.readTree(text);
        } catch (JacksonException e) {
            rejections.add(RejectedRow.of(null, line, null, "subjects.import.error.json", List.of()));
            return null;
        }
        String id = entity.path("id").isString() ? entity.path("id").asString() : null;
        String schema = entity.path("schema").isString() ? entity.path("schema").asString() : null;
        if (id == null || id.isBlank() || schema == null) {
            rejections.add(RejectedRow.of(null, line, null, "subjects.import.error.entity", List.of()));
            return null;
        }
        JsonNode properties = entity.path("properties");
        if (Ftm.isLink(schema)) {
            Ftm.link(schema, properties).ifPresentOrElse(link -> links.add(new FtmLink(line, link)),
                    () -> rejections.add(RejectedRow.of(null, line, null, "subjects.import.error.linkEnds", List.of(schema))));
            return null;
        }
        var draft = Ftm.draft(id, schema, properties, category);
        if (draft.isEmpty()) {
            rejections.add(RejectedRow.of(null, line, "schema", "subjects.import.error.schema", List.of(schema)));
            return null;
        }
        ids.add(id);
        return draft.get();
    }

    /** The links of an FtM file whose two ends are known (in the file or in the compartment), into the link table. */
    private void links(Target t, List<FtmLink> links, Set<String> ids, Rejections rejections) throws SQLException {
        Set<String> elsewhere = new HashSet<>();
        for (FtmLink l : links) {
            for (String end : List.of(l.link().source(), l.link().target())) {
                if (!ids.contains(end)) {
                    elsewhere.add(end);
                }
            }
        }
        Set<String> known = new HashSet<>(elsewhere.isEmpty() ? List.of()
                : jdbc.sql("SELECT DISTINCT ref FROM subject WHERE compartment_id = ? AND ref = ANY(?)")
                        .params(t.compartment(), elsewhere.toArray(String[]::new)).query(String.class).list());
        try (Connection connection = dataSource.getConnection();
             CopyRows copy = new CopyRows(connection, "subject_import_link",
                     "import_id, line, id, source_ref, target_ref, type, period_from, period_to")) {
            for (FtmLink l : links) {
                boolean ok = true;
                for (String end : List.of(l.link().source(), l.link().target())) {
                    if (!ids.contains(end) && !known.contains(end)) {
                        rejections.add(RejectedRow.of(null, l.line(), null, "subjects.import.error.unknownEnd", List.of(end)));
                        ok = false;
                    }
                }
                if (l.link().source().equals(l.link().target())) {
                    rejections.add(RejectedRow.of(null, l.line(), null, "subjects.error.sameSubject", List.of()));
                    ok = false;
                }
                if (l.link().from() != null && l.link().to() != null && l.link().to().isBefore(l.link().from())) {
                    rejections.add(RejectedRow.of(null, l.line(), null, "subjects.error.period", List.of()));
                    ok = false;
                }
                if (ok) {
                    copy.value(t.importId()).value(l.line()).value(UUID.randomUUID()).value(l.link().source())
                            .value(l.link().target()).value(l.link().type().name()).value(l.link().from()).value(l.link().to());
                    copy.endRow();
                }
            }
            copy.finish();
        }
    }

    private static List<String> fields(ResultSet rs) throws SQLException {
        return Arrays.asList((String[]) rs.getArray("fields").getArray());
    }

    private static KboRows.Enterprise enterprise(ResultSet rs) throws SQLException {
        return new KboRows.Enterprise(rs.getInt("line"), rs.getString("number"), rs.getString("name"), rs.getString("legal_form"),
                rs.getString("street"), rs.getString("house"), rs.getString("box"), rs.getString("zip"), rs.getString("town"),
                Arrays.asList((String[]) rs.getArray("nace").getArray()));
    }

    /** Counts the bytes read, and reports them as the staging's progress about every megabyte. */
    private final class Counting extends FilterInputStream {

        private final UUID importId;
        private long count;
        private long reported;

        Counting(InputStream in, UUID importId) {
            super(in);
            this.importId = importId;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                moved(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                moved(n);
            }
            return n;
        }

        private void moved(int n) {
            count += n;
            if (count - reported >= (1 << 20)) {
                reported = count;
                store.progress(importId, count);
            }
        }
    }

    /** A zip entry's stream, which the CSV reader must not close. */
    private static final class Unclosable extends FilterInputStream {

        Unclosable(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the zip stream moves on to its next entry
        }
    }
}
