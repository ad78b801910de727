package be.stroomplan.protocols.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * The check of an uploaded DPO opinion: a PDF file (declared as {@code application/pdf}, named
 * {@code .pdf} and starting with the {@code %PDF-} signature) of at most {@value #MAX_SIZE} bytes.
 * The declared type alone proves nothing, hence the magic bytes.
 */
public final class PdfFiles {

    public static final String CONTENT_TYPE = "application/pdf";
    public static final int MAX_SIZE = 10 * 1024 * 1024;
    private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private PdfFiles() {
    }

    /** Null when the file is acceptable, otherwise the message key of the problem. */
    public static String problem(String filename, String contentType, long size, byte[] head) {
        if (size <= 0) {
            return "protocol.document.empty";
        }
        if (size > MAX_SIZE) {
            return "protocol.document.tooLarge";
        }
        boolean pdfName = filename != null && filename.toLowerCase(Locale.ROOT).endsWith(".pdf");
        boolean pdfType = contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(CONTENT_TYPE);
        boolean pdfMagic = head != null && head.length >= MAGIC.length && Arrays.equals(head, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
        return pdfName && pdfType && pdfMagic ? null : "protocol.document.notPdf";
    }

    /** A file name safe for a Content-Disposition header and a page. */
    public static String safeName(String filename) {
        String base = filename == null ? "document.pdf" : filename.replaceAll("^.*[/\\\\]", "");
        String safe = base.replaceAll("[^A-Za-z0-9._ -]", "_").trim();
        return safe.isEmpty() ? "document.pdf" : safe.length() > 200 ? safe.substring(0, 200) : safe;
    }
}
