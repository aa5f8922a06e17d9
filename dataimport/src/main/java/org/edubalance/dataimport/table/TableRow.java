package org.edubalance.dataimport.table;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One row of a table as the user sees it: its number and its cells as written.
 *
 * <p>Rows are numbered from 1 for the header, the way a spreadsheet shows them; a CSV row that spans several lines
 * (a quoted line break) still counts once. Cells past the last written one read as the empty string.
 */
public final class TableRow {
    /** Exact powers of ten: {@code m / 10^k} with both exact is correctly rounded, as parseDouble is. */
    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15
    };

    private static final int MAX_PLAIN_DIGITS = 15;

    private final long number;
    private final String[] cells;
    // A CSV row keeps its text in one array and makes a cell's String only when asked: most cells of a school
    // file are numbers, read by plainNumber without any String (the nation-scale file has nine million cells).
    private final char @Nullable [] text;
    private final int @Nullable [] bounds;

    TableRow(long number, String[] cells) {
        this.number = number;
        this.cells = cells;
        this.text = null;
        this.bounds = null;
    }

    /** A row whose cell {@code i} is {@code text[bounds[2i], bounds[2i + 1])}. */
    TableRow(long number, char[] text, int[] bounds) {
        this.number = number;
        this.cells = new String[bounds.length / 2];
        this.text = text;
        this.bounds = bounds;
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
        return cells.length;
    }

    /** The cell at {@code index} (0-based) as written, or {@code ""} when the row is shorter. */
    public String cell(int index) {
        if (index >= cells.length) {
            return "";
        }
        String cell = cells[index];
        if (cell == null) {
            int start = bounds[2 * index];
            int end = bounds[2 * index + 1];
            cell = start == end ? "" : new String(text, start, end - start);
            cells[index] = cell;
        }
        return cell;
    }

    /**
     * The cell as a number when it is written plainly — digits with at most one decimal point, at most 15 digits,
     * nothing else — or NaN for anything else (blank, signs, spaces, exponents, separators), which the caller then
     * reads through {@link #cell}. The result equals {@link Double#parseDouble} of the cell: the digits form an exact
     * integer {@code m} and the value is {@code m / 10^k} with an exact power of ten, a correctly rounded division.
     */
    public double plainNumber(int index) {
        if (index >= cells.length) {
            return Double.NaN;
        }
        if (text == null) {
            return plainNumber(cells[index]);
        }
        return plainNumber(text, bounds[2 * index], bounds[2 * index + 1]);
    }

    private static double plainNumber(String cell) {
        return plainNumber(cell.toCharArray(), 0, cell.length());
    }

    private static double plainNumber(char[] chars, int start, int end) {
        long mantissa = 0;
        int digits = 0;
        int point = -1;
        for (int i = start; i < end; i++) {
            char c = chars[i];
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
        for (int i = 0; i < cells.length; i++) {
            cell(i);
        }
        return List.of(cells);
    }

    /** Whether every cell is empty or whitespace (such rows are skipped by the importers). */
    public boolean isBlank() {
        if (text != null) {
            for (int i = 0; i < cells.length; i++) {
                for (int c = bounds[2 * i]; c < bounds[2 * i + 1]; c++) {
                    if (!Character.isWhitespace(text[c])) {
                        return false;
                    }
                }
            }
            return true;
        }
        for (String cell : cells) {
            if (!cell.isBlank()) {
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
