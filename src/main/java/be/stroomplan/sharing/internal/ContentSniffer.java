package be.stroomplan.sharing.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import be.stroomplan.sharing.RefusedAttachment;

/**
 * Decides an attachment's type from its bytes, never from the name or the header the client
 * sent: PDF, PNG, JPEG, DOCX and XLSX (a zip with the Office parts), CSV and plain text (UTF-8
 * without control characters). The name's extension must agree with what the bytes are: a
 * renamed file is refused.
 */
public final class ContentSniffer {

    static final Map<String, String> TYPES_BY_EXTENSION = Map.of(
            "pdf", "application/pdf",
            "png", "image/png",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg",
            "txt", "text/plain",
            "csv", "text/csv",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private static final int MAX_ZIP_ENTRIES = 10_000;

    private ContentSniffer() {
    }

    /** The content type of the file, or a refusal that says why. */
    public static String contentType(String filename, byte[] content) {
        String extension = extension(filename);
        String expected = TYPES_BY_EXTENSION.get(extension);
        if (expected == null) {
            throw new RefusedAttachment(false, "Files of this kind are not accepted: only PDF, PNG, JPEG, plain text, CSV, DOCX and XLSX.");
        }
        String sniffed = sniff(content).orElseThrow(() -> new RefusedAttachment(false,
                "The content of the file is not a PDF, PNG, JPEG, plain text, CSV, DOCX or XLSX file."));
        boolean agrees = sniffed.equals(expected) || ("text/plain".equals(sniffed) && "text/csv".equals(expected));
        if (!agrees) {
            throw new RefusedAttachment(false, "The file's name says ." + extension + " but its content is " + sniffed + ".");
        }
        return expected;
    }

    static Optional<String> sniff(byte[] b) {
        if (starts(b, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of("application/pdf");
        }
        if (starts(b, new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A })) {
            return Optional.of("image/png");
        }
        if (starts(b, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })) {
            return Optional.of("image/jpeg");
        }
        if (starts(b, new byte[] { 'P', 'K', 3, 4 })) {
            return office(b);
        }
        return text(b) ? Optional.of("text/plain") : Optional.empty();
    }

    private static Optional<String> office(byte[] b) {
        boolean contentTypes = false;
        boolean word = false;
        boolean excel = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(b))) {
            ZipEntry entry;
            int entries = 0;
            while ((entry = zip.getNextEntry()) != null && entries++ < MAX_ZIP_ENTRIES) {
                String name = entry.getName();
                contentTypes |= "[Content_Types].xml".equals(name);
                word |= name.startsWith("word/");
                excel |= name.startsWith("xl/");
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        if (contentTypes && word) {
            return Optional.of(TYPES_BY_EXTENSION.get("docx"));
        }
        if (contentTypes && excel) {
            return Optional.of(TYPES_BY_EXTENSION.get("xlsx"));
        }
        return Optional.empty();
    }

    private static boolean text(byte[] b) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
            return s.chars().noneMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f');
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean starts(byte[] b, byte[] prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static String extension(String filename) {
        if (filename == null) {
            return "";
        }
        int dot = filename.lastIndexOf('.');
        return dot < 0 ? "" : filename.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
