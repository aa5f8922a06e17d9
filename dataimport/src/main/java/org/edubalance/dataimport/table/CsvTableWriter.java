package org.edubalance.dataimport.table;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes rows of strings as RFC 4180 CSV in UTF-8: fields are quoted only when they hold a comma, a quote, a line
 * break or surrounding spaces; rows end with CRLF. {@link CsvTableReader} reads back exactly what was written.
 */
public final class CsvTableWriter implements Closeable {
    private static final int BUFFER_SIZE = 1 << 16;

    private final Writer out;

    private CsvTableWriter(Writer out) {
        this.out = out;
    }

    /** Creates (or replaces) {@code file}, plain UTF-8 without a byte-order mark. */
    public static CsvTableWriter create(Path file) throws IOException {
        return new CsvTableWriter(writer(file));
    }

    /**
     * Creates (or replaces) {@code file} starting with a UTF-8 byte-order mark, which Excel on Windows needs to show
     * Chinese text correctly instead of reading the file as GBK. The importers accept the mark.
     */
    public static CsvTableWriter createForExcel(Path file) throws IOException {
        Writer writer = writer(file);
        writer.write('\uFEFF');
        return new CsvTableWriter(writer);
    }

    /** Writes to {@code out}, which the caller has set up in UTF-8; closing this closes it. */
    public static CsvTableWriter of(Writer out) {
        return new CsvTableWriter(out);
    }

    private static Writer writer(Path file) throws IOException {
        return new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), BUFFER_SIZE);
    }

    /** Writes one row. */
    public void writeRow(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            writeField(cells.get(i));
        }
        out.write("\r\n");
    }

    /** Writes one row. */
    public void writeRow(String... cells) throws IOException {
        writeRow(List.of(cells));
    }

    private void writeField(String field) throws IOException {
        if (!needsQuotes(field)) {
            out.write(field);
            return;
        }
        out.write('"');
        out.write(field.replace("\"", "\"\""));
        out.write('"');
    }

    private static boolean needsQuotes(String field) {
        if (field.isEmpty()) {
            return false;
        }
        if (Character.isWhitespace(field.charAt(0)) || Character.isWhitespace(field.charAt(field.length() - 1))) {
            return true;
        }
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
