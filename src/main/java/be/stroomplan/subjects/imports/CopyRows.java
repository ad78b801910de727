package be.stroomplan.subjects.imports;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows streamed into a table with PostgreSQL's COPY, in its text format: columns separated by tabs,
 * {@code \N} for null, backslash, tab and line breaks escaped; arrays as array literals. Rows are
 * sent in blocks of about 1 MB. {@link #finish} ends the COPY and returns the row count.
 * <p>
 * {@link #text()} makes a detached writer that only renders rows (a worker thread renders a batch,
 * {@link #take} hands the text over), and {@link #raw} sends such rendered text.
 */
final class CopyRows implements AutoCloseable {

    private static final int BLOCK = 1 << 20;

    private final CopyIn copy;
    private final StringBuilder row = new StringBuilder(256);
    private final StringBuilder block = new StringBuilder(BLOCK + 4096);
    private boolean columnStarted;
    private boolean finished;

    CopyRows(Connection connection, String table, String columns) throws SQLException {
        this.copy = connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("COPY " + table + " (" + columns + ") FROM STDIN");
    }

    private CopyRows() {
        this.copy = null;
    }

    /** A writer that renders rows without sending them; see {@link #take}. */
    static CopyRows text() {
        return new CopyRows();
    }

    /** The rows rendered so far, as COPY text, and a fresh start. Only for a detached writer. */
    String take() {
        String text = block.toString();
        block.setLength(0);
        return text;
    }

    /** Sends rows that a detached writer rendered. */
    void raw(String rows) throws SQLException {
        block.append(rows);
        if (block.length() >= BLOCK) {
            flush();
        }
    }

    CopyRows value(Object value) {
        separate();
        if (value == null) {
            row.append("\\N");
        } else {
            escape(row, value.toString());
        }
        return this;
    }

    CopyRows array(Collection<String> values) {
        separate();
        StringBuilder literal = new StringBuilder(values.size() * 16 + 2).append('{');
        boolean firstValue = true;
        for (String value : values) {
            if (!firstValue) {
                literal.append(',');
            }
            firstValue = false;
            literal.append('"');
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '"' || c == '\\') {
                    literal.append('\\');
                }
                literal.append(c);
            }
            literal.append('"');
        }
        escape(row, literal.append('}').toString());
        return this;
    }

    void endRow() throws SQLException {
        block.append(row).append('\n');
        row.setLength(0);
        columnStarted = false;
        if (copy != null && block.length() >= BLOCK) {
            flush();
        }
    }

    long finish() throws SQLException {
        flush();
        finished = true;
        return copy.endCopy();
    }

    @Override
    public void close() throws SQLException {
        if (copy != null && !finished && copy.isActive()) {
            copy.cancelCopy();
        }
    }

    private void separate() {
        if (columnStarted) {
            row.append('\t');
        }
        columnStarted = true;
    }

    private void flush() throws SQLException {
        if (block.length() > 0) {
            byte[] bytes = block.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            block.setLength(0);
        }
    }

    private static void escape(StringBuilder out, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }
}
