package be.stroomplan.subjects.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads CSV (RFC 4180: comma-separated, fields optionally in double quotes, a quote inside a quoted
 * field doubled, line breaks inside quotes allowed) record by record from bytes, so that one bad
 * record never spoils the others: each record is cut at its unquoted line break first, then decoded
 * as strict UTF-8 (a byte-order mark at the start is skipped), then split. A record that is not
 * valid UTF-8, longer than the limit, or badly quoted comes back as {@link Malformed} with its line
 * number and the reason; reading goes on with the next one. Blank lines are skipped.
 */
final class CsvRecords {

    /** One record: its first physical line (1-based) and its fields, or why it could not be read. */
    sealed interface Row permits Fields, Malformed {
        int line();
    }

    record Fields(int line, List<String> values) implements Row {
    }

    record Malformed(int line, String messageKey, List<Object> arguments) implements Row {
    }

    private final InputStream in;
    private final int maxBytes;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private byte[] buffer = new byte[8192];
    private final byte[] chunk = new byte[65536];
    private int chunkLength;
    private int chunkPosition;
    private int physicalLine = 1;
    private boolean first = true;

    private final boolean csv;

    /** With {@code csv} false, every line is one record of one field (JSON lines), and quotes mean nothing. */
    CsvRecords(InputStream in, int maxBytes, boolean csv) {
        this.in = in;
        this.maxBytes = maxBytes;
        this.csv = csv;
    }

    /** The next record, or {@code null} at the end. */
    Row next() throws IOException {
        while (true) {
            int start = physicalLine;
            int length = 0;
            boolean quoted = false;
            boolean tooLong = false;
            boolean any = false;
            int b;
            while ((b = read()) >= 0) {
                any = true;
                if (b == '"' && csv) {
                    quoted = !quoted;
                }
                if (b == '\n') {
                    physicalLine++;
                    if (!quoted) {
                        break;
                    }
                }
                if (length == maxBytes) {
                    tooLong = true;
                } else if (!tooLong) {
                    if (length == buffer.length) {
                        buffer = Arrays.copyOf(buffer, Math.min(maxBytes, buffer.length * 2));
                    }
                    buffer[length++] = (byte) b;
                }
            }
            if (!any) {
                return null;
            }
            if (quoted && b < 0) {
                return new Malformed(start, "subjects.import.error.unterminatedQuote", List.of());
            }
            if (tooLong) {
                return new Malformed(start, "subjects.import.error.tooLong", List.of(maxBytes));
            }
            int offset = 0;
            if (first) {
                first = false;
                if (length >= 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB && (buffer[2] & 0xFF) == 0xBF) {
                    offset = 3;
                }
            }
            if (length > offset && buffer[length - 1] == '\r') {
                length--;
            }
            if (length == offset) {
                continue;
            }
            String text;
            try {
                text = decoder.decode(ByteBuffer.wrap(buffer, offset, length - offset)).toString();
            } catch (CharacterCodingException e) {
                return new Malformed(start, "subjects.import.error.encoding", List.of());
            }
            return csv ? split(start, text) : new Fields(start, List.of(text));
        }
    }

    private int read() throws IOException {
        if (chunkPosition == chunkLength) {
            chunkLength = in.read(chunk);
            chunkPosition = 0;
            if (chunkLength <= 0) {
                chunkLength = 0;
                return -1;
            }
        }
        return chunk[chunkPosition++] & 0xFF;
    }

    static Row split(int line, String text) {
        List<String> values = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        int n = text.length();
        while (true) {
            field.setLength(0);
            if (i < n && text.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= n) {
                        return new Malformed(line, "subjects.import.error.unterminatedQuote", List.of());
                    }
                    char c = text.charAt(i++);
                    if (c == '"') {
                        if (i < n && text.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        field.append(c);
                    }
                }
                if (i < n && text.charAt(i) != ',') {
                    return new Malformed(line, "subjects.import.error.quote", List.of(values.size() + 1));
                }
            } else {
                while (i < n && text.charAt(i) != ',') {
                    char c = text.charAt(i++);
                    if (c == '"') {
                        return new Malformed(line, "subjects.import.error.quote", List.of(values.size() + 1));
                    }
                    field.append(c);
                }
            }
            values.add(field.toString());
            if (i >= n) {
                return new Fields(line, values);
            }
            i++; // the comma
        }
    }
}
