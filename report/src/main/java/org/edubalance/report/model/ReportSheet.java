package org.edubalance.report.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One sheet: a titled table with column headers, an optional note row under them and the body rows.
 *
 * <p>Layout from the top: the title rows, the header row, the note row (when {@code notes} is not empty), then the
 * body rows. Renderers keep everything down to the note row, and the first {@code frozenColumns} columns, in view.
 *
 * @param name the sheet's name (at most 31 characters, none of {@code []:*?/\}), unique within its report
 * @param titleRows lines above the table, the first being the table's title
 * @param headers one header per column
 * @param notes a second header line per column (e.g. the English gloss of a Chinese header); empty for none, else
 *     exactly one per column
 * @param frozenColumns leading columns kept in view when scrolling right, 0 for none
 * @param rows the body rows
 * @param chart a bar chart drawn beside the table from a small table of its own, or null for none
 */
public record ReportSheet(
        String name,
        List<String> titleRows,
        List<String> headers,
        List<String> notes,
        int frozenColumns,
        ReportRows rows,
        @Nullable ReportChart chart) {

    /** The longest sheet name spreadsheet programs accept. */
    public static final int MAX_NAME_LENGTH = 31;

    public ReportSheet {
        titleRows = List.copyOf(titleRows);
        headers = List.copyOf(headers);
        notes = List.copyOf(notes);
        if (name.isBlank()
                || name.length() > MAX_NAME_LENGTH
                || name.chars().anyMatch(c -> "[]:*?/\\".indexOf(c) >= 0)) {
            throw new IllegalArgumentException(
                    "A sheet name has 1–31 characters and none of []:*?/\\, got '" + name + "'");
        }
        if (headers.isEmpty()) {
            throw new IllegalArgumentException("Sheet " + name + " has no column");
        }
        if (!notes.isEmpty() && notes.size() != headers.size()) {
            throw new IllegalArgumentException("Sheet " + name + " has " + headers.size() + " headers but "
                    + notes.size() + " notes; give one note per column or none");
        }
        if (frozenColumns < 0 || frozenColumns > headers.size()) {
            throw new IllegalArgumentException("Sheet " + name + " cannot freeze " + frozenColumns + " columns");
        }
    }

    /** A sheet without a chart. */
    public ReportSheet(
            String name,
            List<String> titleRows,
            List<String> headers,
            List<String> notes,
            int frozenColumns,
            ReportRows rows) {
        this(name, titleRows, headers, notes, frozenColumns, rows, null);
    }

    /** This sheet with {@code chart} beside its table. */
    public ReportSheet withChart(ReportChart chart) {
        return new ReportSheet(name, titleRows, headers, notes, frozenColumns, rows, chart);
    }

    public boolean hasNotes() {
        return !notes.isEmpty();
    }
}
