package org.edubalance.dataimport.table;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * A cell beyond what a spreadsheet holds, met while reading: text of more than 32,767 characters (Excel's limit for
 * one cell), a number beyond the range of a spreadsheet number ({@code 1E999999999} would otherwise be written out
 * as a billion digits), or a row of more than 16,384 cells. The reader stops there instead of holding or expanding
 * it, and the importer reports it at its place.
 */
public final class OversizedCellException extends IOException {
    /** The most characters an Excel cell holds. */
    public static final int MAX_CELL_CHARS = 32_767;
    /** The most columns an Excel sheet has (A … XFD). */
    public static final int MAX_COLUMNS = 16_384;

    private static final long serialVersionUID = 1L;
    private static final int VALUE_SHOWN = 80;

    private final String fileName;
    private final @Nullable String sheet;
    private final long row;
    private final String column;
    private final String value;

    private OversizedCellException(
            String fileName, @Nullable String sheet, long row, String column, String value, String message) {
        super(message);
        this.fileName = fileName;
        this.sheet = sheet;
        this.row = row;
        this.column = column;
        this.value = value;
    }

    /** A text cell of more than {@link #MAX_CELL_CHARS} characters; {@code head} is at least its start. */
    static OversizedCellException text(
            String fileName, @Nullable String sheet, long row, String column, CharSequence head) {
        return new OversizedCellException(
                fileName,
                sheet,
                row,
                column,
                shortened(head),
                "The cell holds more than " + MAX_CELL_CHARS + " characters, more than a spreadsheet cell can;"
                        + " the file is not read further. Maybe text or a file was pasted into the cell by mistake.");
    }

    /** A number beyond the range of a spreadsheet number (about ±1.8E308, and no closer to 0 than about 5E-324). */
    static OversizedCellException number(
            String fileName, @Nullable String sheet, long row, String column, String number) {
        return new OversizedCellException(
                fileName,
                sheet,
                row,
                column,
                shortened(number),
                "The number is beyond the range a spreadsheet number has (about ±1.8E308); the file is not read"
                        + " further. Maybe the exponent was typed by mistake; type the figure in digits, e.g. 1250.");
    }

    /** A row of more than {@link #MAX_COLUMNS} cells. */
    static OversizedCellException row(String fileName, @Nullable String sheet, long row) {
        return new OversizedCellException(
                fileName,
                sheet,
                row,
                columnLetters(MAX_COLUMNS),
                "",
                "The row has more than " + MAX_COLUMNS + " cells, more than a spreadsheet row can; the file is not"
                        + " read further. Maybe the line breaks were lost when the file was saved.");
    }

    /** The header of column {@code index} (from 0) when {@code header} names it, else its letters ({@code C}). */
    static String column(String @Nullable [] header, int index) {
        if (header != null && index < header.length && !header[index].isBlank()) {
            return header[index].length() <= VALUE_SHOWN ? header[index] : shortened(header[index]);
        }
        return columnLetters(index);
    }

    /** Column {@code index} (from 0) in letters as a spreadsheet shows it: 0 → A, 26 → AA. */
    static String columnLetters(int index) {
        var letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }

    private static String shortened(CharSequence text) {
        return text.length() <= VALUE_SHOWN
                ? text.toString()
                : text.subSequence(0, VALUE_SHOWN) + "… (" + text.length() + "+ characters)";
    }

    /** The file's name, without directories. */
    public String fileName() {
        return fileName;
    }

    /** The sheet, or {@code null} for CSV. */
    public @Nullable String sheet() {
        return sheet;
    }

    /** The row as a spreadsheet numbers it (header = 1). */
    public long row() {
        return row;
    }

    /** The column's header as written, or its letters when the header is unknown or blank. */
    public String column() {
        return column;
    }

    /** The start of the value, at most 80 characters and a note of its length. */
    public String value() {
        return value;
    }
}
