package org.edubalance.dataimport.table;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads a UTF-8 CSV file (RFC 4180) row by row: comma-separated, fields optionally in double quotes with {@code ""}
 * for a quote, line breaks {@code \r\n}, {@code \n} or {@code \r}, an optional byte-order mark.
 *
 * <p>A hand-written tokenizer over a 64 K character buffer: on a 200,000-row, 46-column file it was about twice as
 * fast as Commons CSV (see the module README). Cells are returned exactly as written (no trimming). A blank line is a
 * row with one empty cell, so row numbers match what a spreadsheet shows. Bytes that are not UTF-8 raise {@link
 * java.nio.charset.MalformedInputException}; a quote left open at the end of the file raises {@link
 * CsvFormatException}.
 */
public final class CsvTableReader implements TableReader {
    private static final int BUFFER_SIZE = 1 << 16;
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Reader reader;
    private final String fileName;
    private final char[] buffer = new char[BUFFER_SIZE];
    private final StringBuilder pending = new StringBuilder();
    private final List<String> cells = new ArrayList<>(64);
    private int position;
    private int limit;
    private boolean started;
    private long rowNumber;

    private CsvTableReader(Reader reader, String fileName) {
        this.reader = reader;
        this.fileName = fileName;
    }

    /** Opens {@code file} for reading; bytes that are not UTF-8 are reported when reached, never replaced. */
    public static CsvTableReader open(Path file) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder();
        var input = new InputStreamReader(Files.newInputStream(file), decoder);
        return new CsvTableReader(input, String.valueOf(file.getFileName()));
    }

    /** Reads CSV text from {@code reader}, naming it {@code fileName} in issues. */
    public static CsvTableReader of(Reader reader, String fileName) {
        return new CsvTableReader(reader, fileName);
    }

    @Override
    public String fileName() {
        return fileName;
    }

    @Override
    public @Nullable String sheetName() {
        return null;
    }

    @Override
    public @Nullable TableRow nextRow() throws IOException {
        if (!started) {
            started = true;
            if (fill() && buffer[0] == BYTE_ORDER_MARK) {
                position = 1;
            }
        }
        if (position >= limit && !fill()) {
            return null;
        }
        rowNumber++;
        cells.clear();
        boolean rowEnded;
        do {
            rowEnded = readField();
        } while (!rowEnded);
        return new TableRow(rowNumber, cells.toArray(String[]::new));
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    /** Reads one field into {@link #cells}; returns whether it ended the row. */
    private boolean readField() throws IOException {
        if (position >= limit && !fill()) {
            cells.add("");
            return true;
        }
        if (buffer[position] == '"') {
            position++;
            return readQuotedField();
        }
        int start = position;
        while (true) {
            while (position < limit) {
                char c = buffer[position];
                if (c == ',') {
                    cells.add(take(start, position));
                    position++;
                    return false;
                }
                if (c == '\n' || c == '\r') {
                    cells.add(take(start, position));
                    position++;
                    if (c == '\r') {
                        skipLineFeed();
                    }
                    return true;
                }
                position++;
            }
            pending.append(buffer, start, position - start);
            if (!fill()) {
                cells.add(take(0, 0));
                return true;
            }
            start = 0;
        }
    }

    private boolean readQuotedField() throws IOException {
        long startRow = rowNumber;
        while (true) {
            int start = position;
            while (position < limit && buffer[position] != '"') {
                position++;
            }
            pending.append(buffer, start, position - start);
            if (position >= limit) {
                if (!fill()) {
                    throw new CsvFormatException(fileName, startRow);
                }
                continue;
            }
            position++;
            if ((position < limit || fill()) && buffer[position] == '"') {
                pending.append('"');
                position++;
                continue;
            }
            return readAfterClosingQuote();
        }
    }

    /** Text between a closing quote and the next separator is kept, as spreadsheets do. */
    private boolean readAfterClosingQuote() throws IOException {
        while (true) {
            if (position >= limit && !fill()) {
                cells.add(take(0, 0));
                return true;
            }
            char c = buffer[position++];
            if (c == ',') {
                cells.add(take(0, 0));
                return false;
            }
            if (c == '\n' || c == '\r') {
                cells.add(take(0, 0));
                if (c == '\r') {
                    skipLineFeed();
                }
                return true;
            }
            pending.append(c);
        }
    }

    private void skipLineFeed() throws IOException {
        if ((position < limit || fill()) && buffer[position] == '\n') {
            position++;
        }
    }

    /** The field made of what is pending plus {@code buffer[start, end)}. */
    private String take(int start, int end) {
        if (pending.isEmpty()) {
            return start == end ? "" : new String(buffer, start, end - start);
        }
        pending.append(buffer, start, end - start);
        String field = pending.toString();
        pending.setLength(0);
        return field;
    }

    private boolean fill() throws IOException {
        int read;
        do {
            read = reader.read(buffer, 0, buffer.length);
        } while (read == 0);
        position = 0;
        limit = Math.max(read, 0);
        return read > 0;
    }
}
