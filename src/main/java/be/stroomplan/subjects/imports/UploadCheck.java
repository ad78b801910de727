package be.stroomplan.subjects.imports;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import be.stroomplan.subjects.InvalidSubjectInput;

/**
 * What is checked before an import is accepted, because it would spoil every row: the header of a
 * CSV, the files and headers of a KBO zip. Row by row problems are for the import itself.
 */
final class UploadCheck {

    private UploadCheck() {
    }

    static void check(ImportKind kind, Path upload) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(upload))) {
            switch (kind) {
                case PERSONS, COMPANIES -> header(null, in, kind.columns());
                case KBO -> zip(in);
                case FTM -> {
                    // each line is judged on its own
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void zip(InputStream in) throws IOException {
        Set<String> seen = new HashSet<>();
        try (ZipInputStream zip = new ZipInputStream(in)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                String name = Path.of(entry.getName()).getFileName().toString().toLowerCase(Locale.ROOT);
                for (KboRows.KboFile file : KboRows.FILES) {
                    if (file.name().equals(name) && seen.add(name)) {
                        header(file.name(), zip, file.columns());
                    }
                }
            }
        } catch (ZipException e) {
            throw InvalidSubjectInput.of("body", "subjects.import.error.zip");
        }
        if (seen.isEmpty()) {
            throw InvalidSubjectInput.of("body", "subjects.import.error.zip");
        }
        for (KboRows.KboFile file : KboRows.FILES) {
            if (file.required() && !seen.contains(file.name())) {
                throw InvalidSubjectInput.of("body", "subjects.import.error.missingFile", file.name());
            }
        }
    }

    private static void header(String file, InputStream in, List<String> columns) throws IOException {
        CsvRecords.Row first = new CsvRecords(in, 65536, true).next();
        String field = file == null ? "body" : file;
        if (first == null) {
            throw InvalidSubjectInput.of(field, "subjects.import.error.empty");
        }
        if (!(first instanceof CsvRecords.Fields header) || !Headers.matches(columns, header.values())) {
            String given = first instanceof CsvRecords.Fields header ? String.join(",", header.values()) : "?";
            throw InvalidSubjectInput.of(field, "subjects.import.error.header", String.join(",", columns), given);
        }
    }
}
