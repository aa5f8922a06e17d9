package org.edubalance.dataimport.table;

import java.util.Arrays;
import java.util.List;

/**
 * One row of a table as the user sees it: its number and its cells as written.
 *
 * <p>Rows are numbered from 1 for the header, the way a spreadsheet shows them; a CSV row that spans several lines
 * (a quoted line break) still counts once. Cells past the last written one read as the empty string.
 */
public final class TableRow {
    private final long number;
    private final String[] cells;

    TableRow(long number, String[] cells) {
        this.number = number;
        this.cells = cells;
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
        return index < cells.length ? cells[index] : "";
    }

    /** The cells as an unmodifiable list. */
    public List<String> cells() {
        return List.of(cells);
    }

    /** Whether every cell is empty or whitespace (such rows are skipped by the importers). */
    public boolean isBlank() {
        for (String cell : cells) {
            if (!cell.isBlank()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return number + ":" + Arrays.toString(cells);
    }
}
