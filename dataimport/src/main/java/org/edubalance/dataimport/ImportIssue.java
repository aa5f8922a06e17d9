package org.edubalance.dataimport;

import org.jspecify.annotations.Nullable;

/**
 * One problem found in an imported file, located the way the user sees the file.
 *
 * @param file the file's name, without directories
 * @param sheet the sheet's name, or {@code null} for CSV
 * @param row the row number as a spreadsheet shows it (header = 1), or 0 when the issue concerns the whole file
 * @param column the column header as written in the file (for a missing column: its English id), or {@code null} when
 *     the issue concerns the whole file or row
 * @param value the offending value as written, or {@code null} when there is none
 * @param code the rule broken
 * @param message what is wrong, in English, ending with a "Maybe …" hint when a fix is known
 */
public record ImportIssue(
        String file,
        @Nullable String sheet,
        long row,
        @Nullable String column,
        @Nullable String value,
        ImportIssueCode code,
        String message) {

    private static final int MAX_VALUE_SHOWN = 80;

    /** Whether the issue lets the import go on. */
    public boolean isWarning() {
        return code.isWarning();
    }

    /**
     * The issue on one line, as the CLI prints it: {@code file[:sheet][:row][:column] [value='…'] CODE rule: message},
     * e.g. {@code schools.csv:7:primary_teachers value='x' IMP-030 Not a number: 'x' is not a number.} Parts that
     * are absent (sheet for CSV, row 0, no column, no value) are left out; line breaks in the value are shown as
     * {@code \n} and long values are cut at 80 characters.
     */
    public String format() {
        var line = new StringBuilder(file);
        if (sheet != null) {
            line.append(':').append(sheet);
        }
        if (row > 0) {
            line.append(':').append(row);
        }
        if (column != null) {
            line.append(':').append(column);
        }
        if (value != null) {
            line.append(" value='").append(shown(value)).append('\'');
        }
        line.append(' ')
                .append(code.code())
                .append(' ')
                .append(code.description())
                .append(": ");
        return line.append(message).toString();
    }

    private static String shown(String value) {
        String oneLine = value.replace("\r", "\\r").replace("\n", "\\n");
        return oneLine.length() <= MAX_VALUE_SHOWN ? oneLine : oneLine.substring(0, MAX_VALUE_SHOWN) + "…";
    }
}
