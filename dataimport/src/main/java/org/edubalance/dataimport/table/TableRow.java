package org.edubalance.dataimport.table;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One row of a table as the user sees it: its number and its cells as written.
 *
 * <p>Rows are numbered from 1 for the header, the way a spreadsheet shows them; a CSV row that spans several lines
 * (a quoted line break) still counts once. Cells past the last written one read as the empty string.
 *
 * <p>A row from {@link CsvTableReader} is a cursor: the reader refills the same row for the next line, so read what
 * you need (or copy {@link #cells()}) before calling {@code nextRow()} again. Reusing it spares the garbage of a
 * 200,000-row file, and a cell that repeats the text of the same column on the row before (county, town, school
 * type) gets that row's String back instead of a new one.
 */
public final class TableRow {
    /** Exact powers of ten: {@code m / 10^k} with both exact is correctly rounded, as parseDouble is. */
    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15
    };

    private static final int MAX_PLAIN_DIGITS = 15;

    private long number;
    private int size;
    // Strings made so far, by column; those of earlier rows stay until a cell of the current row replaces them.
    private String[] cells;
    // The row generation each entry of cells belongs to; an entry of an older generation is only a candidate.
    private long[] generationOfCell;
    private long generation;
    // A CSV row keeps its UTF-8 bytes (checked well-formed by the reader) in one array and makes a cell's String only
    // when asked: most cells of a school file are numbers, read by plainNumber without any String (the nation-scale
    // file has nine million cells).
    private byte @Nullable [] text;
    private int @Nullable [] bounds;
    // The bytes of each column's String in cells (the first lengthOfCell of them), to know a repeated cell without
    // decoding it. A column keeps its buffer from row to row: a copy per new String was 30 MB of garbage a
    // nation-scale run (school codes and names never repeat).
    private byte[][] bytesOfCell = new byte[0][];
    private int[] lengthOfCell = new int[0];

    TableRow(long number, String[] cells) {
        this.number = number;
        this.size = cells.length;
        this.cells = cells;
        this.generationOfCell = new long[0];
    }

    /** An empty cursor for a reader to fill with {@link #refill}. */
    TableRow() {
        this.cells = new String[0];
        this.generationOfCell = new long[0];
    }

    /** Makes this row the next one: cell {@code i} is {@code text[bounds[2i], bounds[2i + 1])}, {@code size} cells. */
    void refill(long number, byte[] text, int[] bounds, int size) {
        this.number = number;
        this.text = text;
        this.bounds = bounds;
        this.size = size;
        this.generation++;
        if (cells.length < size) {
            cells = Arrays.copyOf(cells, size);
            generationOfCell = Arrays.copyOf(generationOfCell, size);
            bytesOfCell = Arrays.copyOf(bytesOfCell, size);
            lengthOfCell = Arrays.copyOf(lengthOfCell, size);
        }
    }

    /** A row from plain values, for tests and writers. */
    public static TableRow of(long number, List<String> cells) {
        return new TableRow(number, cells.toArray(String[]::new));
    }

    /** The row number as the user sees it (header = 1). */
    public long number() {
        return number;
    }

    /** How many cells the row holds, trailing empty cells included when the file wrote them. */
    public int size() {
        return size;
    }

    /** The cell at {@code index} (0-based) as written, or {@code ""} when the row is shorter. */
    public String cell(int index) {
        if (index >= size) {
            return "";
        }
        if (text == null) {
            return cells[index];
        }
        if (generationOfCell[index] == generation) {
            return cells[index];
        }
        int start = bounds[2 * index];
        int end = bounds[2 * index + 1];
        byte[] earlierBytes = bytesOfCell[index];
        String cell;
        if (cells[index] != null
                && earlierBytes != null
                && sameBytes(earlierBytes, lengthOfCell[index], text, start, end)) {
            cell = cells[index];
        } else {
            int length = end - start;
            cell = length == 0 ? "" : new String(text, start, length, StandardCharsets.UTF_8);
            if (earlierBytes == null || earlierBytes.length < length) {
                earlierBytes = new byte[Math.max(length, 2 * (earlierBytes == null ? 0 : earlierBytes.length))];
                bytesOfCell[index] = earlierBytes;
            }
            System.arraycopy(text, start, earlierBytes, 0, length);
            lengthOfCell[index] = length;
        }
        cells[index] = cell;
        generationOfCell[index] = generation;
        return cell;
    }

    private static boolean sameBytes(byte[] earlier, int earlierLength, byte[] bytes, int start, int end) {
        if (earlierLength != end - start) {
            return false;
        }
        for (int i = 0; i < earlierLength; i++) {
            if (earlier[i] != bytes[start + i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The cell as a number when it is written plainly — digits with at most one decimal point, at most 15 digits,
     * nothing else — or NaN for anything else (blank, signs, spaces, exponents, separators), which the caller then
     * reads through {@link #cell}. The result equals {@link Double#parseDouble} of the cell: the digits form an exact
     * integer {@code m} and the value is {@code m / 10^k} with an exact power of ten, a correctly rounded division.
     */
    public double plainNumber(int index) {
        if (index >= size) {
            return Double.NaN;
        }
        if (text == null) {
            return plainNumber(cells[index]);
        }
        return plainNumber(text, bounds[2 * index], bounds[2 * index + 1]);
    }

    private static double plainNumber(String cell) {
        // Any character beyond ASCII makes it no plain number, whatever the bytes it became.
        byte[] bytes = cell.getBytes(StandardCharsets.ISO_8859_1);
        return plainNumber(bytes, 0, bytes.length);
    }

    private static double plainNumber(byte[] bytes, int start, int end) {
        long mantissa = 0;
        int digits = 0;
        int point = -1;
        for (int i = start; i < end; i++) {
            byte c = bytes[i];
            if (c >= '0' && c <= '9') {
                mantissa = mantissa * 10 + (c - '0');
                digits++;
            } else if (c == '.' && point < 0) {
                point = i;
            } else {
                return Double.NaN;
            }
        }
        if (digits == 0 || digits > MAX_PLAIN_DIGITS) {
            return Double.NaN;
        }
        int decimals = point < 0 ? 0 : end - point - 1;
        return decimals == 0 ? mantissa : mantissa / POWERS_OF_TEN[decimals];
    }

    /** The cells as an unmodifiable list. */
    public List<String> cells() {
        String[] all = new String[size];
        for (int i = 0; i < size; i++) {
            all[i] = cell(i);
        }
        return List.of(all);
    }

    /** Whether the cell at {@code index} is empty or whitespace (or past the row's end), without making a String. */
    public boolean isBlank(int index) {
        if (index >= size) {
            return true;
        }
        if (text == null) {
            return cells[index].isBlank();
        }
        boolean beyondAscii = false;
        for (int c = bounds[2 * index]; c < bounds[2 * index + 1]; c++) {
            byte b = text[c];
            if (b >= 0 && !Character.isWhitespace(b)) {
                return false;
            }
            beyondAscii |= b < 0;
        }
        // Only ASCII whitespace, or also characters beyond ASCII, which the String judges (U+3000, the ideographic
        // space, is whitespace too).
        return !beyondAscii || cell(index).isBlank();
    }

    /** Whether every cell is empty or whitespace (such rows are skipped by the importers). */
    public boolean isBlank() {
        if (text != null) {
            for (int i = 0; i < size; i++) {
                if (!isBlank(i)) {
                    return false;
                }
            }
            return true;
        }
        for (int i = 0; i < size; i++) {
            if (!cells[i].isBlank()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return number + ":" + cells();
    }
}
