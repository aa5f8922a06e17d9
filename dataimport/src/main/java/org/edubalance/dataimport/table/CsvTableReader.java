package org.edubalance.dataimport.table;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Reads a UTF-8 CSV file (RFC 4180) row by row: comma-separated, fields optionally in double quotes with {@code ""}
 * for a quote, line breaks {@code \r\n}, {@code \n} or {@code \r}, an optional byte-order mark.
 *
 * <p>A hand-written tokenizer over a 64 KB byte buffer: on a 200,000-row, 46-column file it was about twice as fast as
 * Commons CSV (see the module README). It works on the file's bytes, not on decoded characters: every separator is
 * ASCII, so a cell is a run of bytes, numbers are read from them ({@link TableRow#plainNumber}) and only the cells
 * asked for as text become Strings. Cells are returned exactly as written (no trimming), except for the single quote
 * {@link CsvTableWriter} puts in front of a cell a spreadsheet would take for a formula. A blank line is a row with
 * one empty cell, so row numbers match what a spreadsheet shows. Bytes that are not UTF-8 raise {@link
 * MalformedInputException} (each cell holding bytes above ASCII is checked whole); a quote left open at the end of
 * the file raises {@link CsvFormatException}.
 */
public final class CsvTableReader implements TableReader {
    private static final int BUFFER_SIZE = 1 << 16;
    // No cell of at most MAX_CELL_CHARS characters takes more bytes than this in UTF-8.
    private static final int MAX_CELL_BYTES = 3 * OversizedCellException.MAX_CELL_CHARS;
    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final InputStream input;
    private final String fileName;
    private final byte[] buffer = new byte[BUFFER_SIZE];
    // A field's bytes read before the buffer was refilled, and a quoted field's bytes without its quotes.
    private byte[] pending = new byte[256];
    private int pendingLength;
    // The current row's cells, end to end in one array, with their bounds; a TableRow makes Strings only on demand.
    private byte[] rowBytes = new byte[1024];
    private int rowLength;
    private int[] bounds = new int[128];
    private final TableRow row = new TableRow();
    private int fieldCount;
    private int position;
    private int limit;
    private boolean started;
    private final boolean bomAllowed;
    private long rowNumber;
    // The file's header, once read: names the column of an oversized cell. Only the first part of a file has it.
    private String @Nullable [] header;

    private CsvTableReader(InputStream input, String fileName, boolean bomAllowed) {
        this.input = input;
        this.fileName = fileName;
        this.bomAllowed = bomAllowed;
    }

    /** Opens {@code file} for reading; bytes that are not UTF-8 are reported when reached, never replaced. */
    public static CsvTableReader open(Path file) throws IOException {
        return new CsvTableReader(Files.newInputStream(file), String.valueOf(file.getFileName()), true);
    }
    /**
     * Opens {@code file} as up to {@code maxChunks} readers over consecutive runs of whole lines, each at least {@code
     * minChunkBytes} long, so that several threads can parse one file; the first returns the header.
     *
     * <p>A chunk cannot know how many rows come before it without reading them, so each chunk after the first
     * numbers its rows from 1: the caller adds the {@link #rowsRead()} of the chunks before. Chunks start after a
     * line feed; should that line feed lie inside a quoted field (a cell with a line break), the chunk before ends
     * in an open quote and raises {@link CsvFormatException}, and the caller reads the file whole instead ({@link
     * #open}), which also names the right row for any genuine error.
     */
    public static List<CsvTableReader> openChunks(Path file, int maxChunks, long minChunkBytes) throws IOException {
        if (maxChunks < 1 || minChunkBytes < 1) {
            throw new IllegalArgumentException(
                    "At least one chunk of at least one byte, got " + maxChunks + " chunks of " + minChunkBytes);
        }
        String name = String.valueOf(file.getFileName());
        List<Long> starts = new ArrayList<>();
        long size;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            size = channel.size();
            long chunks = Math.max(1, Math.min(maxChunks, size / minChunkBytes));
            starts.add(0L);
            for (long k = 1; k < chunks; k++) {
                long start = lineStartAtOrAfter(channel, Math.max(k * size / chunks, starts.getLast() + 1));
                if (start >= size) {
                    break;
                }
                starts.add(start);
            }
        }
        List<CsvTableReader> readers = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            long start = starts.get(i);
            long end = i + 1 < starts.size() ? starts.get(i + 1) : size;
            // Only the file's first chunk may begin with a byte-order mark.
            readers.add(new CsvTableReader(new FileRegionInputStream(file, start, end), name, i == 0));
        }
        return List.copyOf(readers);
    }

    /** The position just after the first line feed at or after {@code from}, or the file's size when none. */
    private static long lineStartAtOrAfter(FileChannel channel, long from) throws IOException {
        ByteBuffer window = ByteBuffer.allocate(1 << 16);
        long position = from;
        while (true) {
            window.clear();
            int read = channel.read(window, position);
            if (read <= 0) {
                return channel.size();
            }
            for (int i = 0; i < read; i++) {
                if (window.get(i) == '\n') {
                    return position + i + 1;
                }
            }
            position += read;
        }
    }

    /** Rows returned so far (the number of the last one, counted from this reader's first row). */
    @Override
    public long rowsRead() {
        return rowNumber;
    }

    /** Reads CSV text from {@code reader}, naming it {@code fileName} in issues (for small texts: it is read whole). */
    public static CsvTableReader of(Reader reader, String fileName) throws IOException {
        var text = new StringWriter();
        reader.transferTo(text);
        reader.close();
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        return new CsvTableReader(new ByteArrayInputStream(bytes), fileName, true);
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
            if (fill() && bomAllowed && startsWithByteOrderMark()) {
                position = BYTE_ORDER_MARK.length;
            }
        }
        if (position >= limit && !fill()) {
            return null;
        }
        rowNumber++;
        rowLength = 0;
        fieldCount = 0;
        boolean rowEnded;
        do {
            rowEnded = readField();
        } while (!rowEnded);
        row.refill(rowNumber, rowBytes, bounds, fieldCount);
        if (rowNumber == 1 && bomAllowed) {
            header = row.cells().toArray(String[]::new);
        }
        return row;
    }

    private boolean startsWithByteOrderMark() throws IOException {
        // The first read may return fewer than three bytes; the mark is only looked for in what it returned.
        return limit >= BYTE_ORDER_MARK.length
                && buffer[0] == BYTE_ORDER_MARK[0]
                && buffer[1] == BYTE_ORDER_MARK[1]
                && buffer[2] == BYTE_ORDER_MARK[2];
    }

    @Override
    public void close() throws IOException {
        input.close();
    }

    /** Reads one field into the current row; returns whether it ended the row. */
    private boolean readField() throws IOException {
        if (position >= limit && !fill()) {
            addField(0, 0, false);
            return true;
        }
        if (buffer[position] == '"') {
            position++;
            return readQuotedField();
        }
        int start = position;
        boolean beyondAscii = false;
        while (true) {
            while (position < limit) {
                byte c = buffer[position];
                // One comparison for the bytes of most cells (digits, letters, '.'): the separators, the line breaks
                // and every byte above ASCII (negative as a byte) are below ','.
                if (c > ',') {
                    position++;
                    continue;
                }
                if (c == ',') {
                    addField(start, position, beyondAscii);
                    position++;
                    return false;
                }
                if (c == '\n' || c == '\r') {
                    addField(start, position, beyondAscii);
                    position++;
                    if (c == '\r') {
                        skipLineFeed();
                    }
                    return true;
                }
                beyondAscii |= c < 0;
                position++;
            }
            appendPending(start, position);
            checkPendingSize();
            if (!fill()) {
                addField(0, 0, beyondAscii);
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
            appendPending(start, position);
            checkPendingSize();
            if (position >= limit) {
                if (!fill()) {
                    throw new CsvFormatException(fileName, startRow);
                }
                continue;
            }
            position++;
            if ((position < limit || fill()) && buffer[position] == '"') {
                appendPending(position, position + 1);
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
                addField(0, 0, true);
                return true;
            }
            byte c = buffer[position++];
            if (c == ',') {
                addField(0, 0, true);
                return false;
            }
            if (c == '\n' || c == '\r') {
                addField(0, 0, true);
                if (c == '\r') {
                    skipLineFeed();
                }
                return true;
            }
            appendPending(position - 1, position);
            checkPendingSize();
        }
    }

    private void skipLineFeed() throws IOException {
        if ((position < limit || fill()) && buffer[position] == '\n') {
            position++;
        }
    }

    private void appendPending(int start, int end) {
        int length = end - start;
        if (pendingLength + length > pending.length) {
            pending = Arrays.copyOf(pending, Math.max(2 * pending.length, pendingLength + length));
        }
        System.arraycopy(buffer, start, pending, pendingLength, length);
        pendingLength += length;
    }

    /**
     * A cell grows in {@code pending} across buffer refills; once its bytes could not be a spreadsheet cell's
     * characters whatever they are (three bytes at most for a character of the basic plane, four for two UTF-16
     * chars) the file is refused before the cell can take the heap: a 60 MB line without a separator would otherwise be
     * held whole. The exact count in characters is taken when the cell ends ({@link #addField}).
     */
    private void checkPendingSize() throws OversizedCellException {
        if (pendingLength > MAX_CELL_BYTES) {
            throw OversizedCellException.text(
                    fileName,
                    null,
                    rowNumber,
                    OversizedCellException.column(header, fieldCount),
                    head(pending, 0, pendingLength));
        }
    }

    /**
     * Ends a field made of what is pending plus {@code buffer[start, end)}; {@code check} when it may hold bytes
     * above ASCII, which must then be well-formed UTF-8.
     */
    private void addField(int start, int end, boolean check) throws IOException {
        int length = pendingLength + end - start;
        if (fieldCount >= OversizedCellException.MAX_COLUMNS) {
            throw OversizedCellException.row(fileName, null, rowNumber);
        }
        if (rowLength + length > rowBytes.length) {
            rowBytes = Arrays.copyOf(rowBytes, Math.max(2 * rowBytes.length, rowLength + length));
        }
        if (2 * fieldCount + 2 > bounds.length) {
            bounds = Arrays.copyOf(bounds, 2 * bounds.length);
        }
        int fieldStart = rowLength;
        bounds[2 * fieldCount] = fieldStart;
        if (pendingLength > 0) {
            System.arraycopy(pending, 0, rowBytes, rowLength, pendingLength);
            rowLength += pendingLength;
            pendingLength = 0;
        }
        System.arraycopy(buffer, start, rowBytes, rowLength, end - start);
        rowLength += end - start;
        bounds[2 * fieldCount + 1] = rowLength;
        int first = bounds[2 * fieldCount];
        if (rowLength - first >= 2 && rowBytes[first] == '\'' && isNeutralised(rowBytes[first + 1])) {
            bounds[2 * fieldCount] = first + 1;
        }
        if (rowLength - fieldStart > OversizedCellException.MAX_CELL_CHARS
                && utf16Length(rowBytes, fieldStart, rowLength) > OversizedCellException.MAX_CELL_CHARS) {
            throw OversizedCellException.text(
                    fileName,
                    null,
                    rowNumber,
                    OversizedCellException.column(header, fieldCount),
                    head(rowBytes, fieldStart, rowLength));
        }
        fieldCount++;
        if (check) {
            Utf8.check(rowBytes, fieldStart, rowLength);
        }
    }

    /** The UTF-16 length of UTF-8 {@code bytes[from, to)}: a char per lead byte, two for a four-byte sequence. */
    private static int utf16Length(byte[] bytes, int from, int to) {
        int chars = 0;
        for (int i = from; i < to; i++) {
            int b = bytes[i] & 0xFF;
            if ((b & 0xC0) != 0x80) {
                chars += b >= 0xF0 ? 2 : 1;
            }
        }
        return chars;
    }

    /** The start of an oversized cell, for the message (the exception shortens it further). */
    private static String head(byte[] bytes, int from, int to) {
        return new String(bytes, from, Math.min(to - from, 1024), StandardCharsets.UTF_8);
    }

    /**
     * Whether a quote in front of {@code next} was put there by {@link CsvTableWriter} (against formulas, or before a
     * quote of the value), and so is no part of the value.
     */
    private static boolean isNeutralised(byte next) {
        return switch (next) {
            case '\'', '=', '+', '-', '@', '\t', '\r' -> true;
            default -> false;
        };
    }

    private boolean fill() throws IOException {
        int read;
        do {
            read = input.read(buffer, 0, buffer.length);
        } while (read == 0);
        position = 0;
        limit = Math.max(read, 0);
        return read > 0;
    }
}
