package be.stroomplan.subjects.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Valid Belgian numbers and the files of the import tests. */
final class ImportTestFiles {

    private ImportTestFiles() {
    }

    /** A valid national register number for a birth date in the 1900s (YYMMDD) and a counter. */
    static String nationalNumber(String yymmdd, int counter) {
        String base = yymmdd + "%03d".formatted(counter);
        long check = 97 - Long.parseLong(base) % 97;
        return base + "%02d".formatted(check);
    }

    /** A valid enterprise number (0 then 7 digits and the check), written 0xxx.xxx.xxx. */
    static String enterpriseNumber(int seed) {
        String base = "0" + "%07d".formatted(2_000_000 + seed);
        long check = 97 - Long.parseLong(base) % 97;
        String digits = base + "%02d".formatted(check);
        return digits.substring(0, 4) + "." + digits.substring(4, 7) + "." + digits.substring(7);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] zip(Map<String, String> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(utf8(file.getValue()));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
