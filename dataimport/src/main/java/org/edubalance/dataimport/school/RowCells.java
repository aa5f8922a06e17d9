package org.edubalance.dataimport.school;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.edubalance.dataimport.HeaderMapping;
import org.edubalance.dataimport.ImportIssueCode;
import org.edubalance.dataimport.ImportReport;
import org.edubalance.dataimport.ImportSource;
import org.edubalance.dataimport.table.TableRow;
import org.jspecify.annotations.Nullable;

/**
 * Reads typed cells of the current row of a school file, reporting each bad cell by row, header and value. One
 * instance serves a whole file, row after row; {@link #failed()} tells whether the current row had an error.
 */
final class RowCells {
    /** What a blank cell means. */
    enum Blank {
        /** 0: a figure of a segment the school does not have. */
        ZERO,
        /** Not given: an optional figure ({@link Double#NaN} is returned). */
        ABSENT,
        /** An error {@link ImportIssueCode#IMP_010}: a required value. */
        REQUIRED,
        /** An error {@link ImportIssueCode#IMP_033}: a figure of a segment the school has. */
        SEGMENT
    }

    private final ImportSource source;
    private final HeaderMapping<SchoolColumn> header;
    private final ImportReport.Builder issues;
    private final List<String> unknownHeaders;
    private final Set<SchoolColumn> reportedMissing;
    private TableRow row = TableRow.of(0, List.of());
    private boolean failed;

    RowCells(
            ImportSource source,
            HeaderMapping<SchoolColumn> header,
            ImportReport.Builder issues,
            List<String> unknownHeaders,
            Set<SchoolColumn> reportedMissing) {
        this.source = source;
        this.header = header;
        this.issues = issues;
        this.unknownHeaders = List.copyOf(unknownHeaders);
        this.reportedMissing = reportedMissing;
    }

    void start(TableRow next) {
        row = next;
        failed = false;
    }

    boolean failed() {
        return failed;
    }

    long rowNumber() {
        return row.number();
    }

    HeaderMapping<SchoolColumn> header() {
        return header;
    }

    /** The cell as written, stripped; {@code ""} when blank or when the header lacks the column. */
    String text(SchoolColumn column) {
        int index = header.index(column);
        return index < 0 ? "" : row.cell(index).strip();
    }

    /** Whether the cell is blank (empty or whitespace) or the header lacks the column; makes no String. */
    boolean isBlank(SchoolColumn column) {
        int index = header.index(column);
        return index < 0 || row.isBlank(index);
    }

    @Nullable
    String requiredText(SchoolColumn column, ImportIssueCode blankCode) {
        String text = text(column);
        if (text.isEmpty()) {
            error(column, blankCode, "'" + column.id() + "' is blank. Maybe fill it in: every row needs it.");
            return null;
        }
        return text;
    }

    @Nullable
    String optionalText(SchoolColumn column) {
        String text = text(column);
        return text.isEmpty() ? null : text;
    }

    /**
     * The cell as a number (万元 headers converted to yuan): NaN after an error, or for a blank {@link Blank#ABSENT}
     * cell. Reports non-numbers, fractions in whole-number columns and negatives (except coordinates).
     */
    double number(SchoolColumn column, Blank blank) {
        // Fast path for the plainly written numbers that fill most of a file; anything else (blank, signs, spaces,
        // fractions in whole-number columns, 万元) takes the checked path below, which reports it.
        int index = header.index(column);
        if (index >= 0 && !header.isInWanyuan(column)) {
            double plain = row.plainNumber(index);
            if (plain == plain
                    && (column.kind() != SchoolColumn.Kind.WHOLE_NUMBER
                            // A cast, not Math.rint: the fast path runs for nine million cells, and the
                            // batch launcher's C1 compiler does not make rint an intrinsic.
                            || (plain <= Integer.MAX_VALUE && plain == (long) plain))) {
                return plain;
            }
        }
        String text = text(column);
        if (text.isEmpty()) {
            return blank(column, blank);
        }
        double value = header.isInWanyuan(column) ? NumberCell.parseWanyuan(text) : NumberCell.parse(text);
        if (Double.isNaN(value)) {
            error(column, ImportIssueCode.IMP_030, "'" + text + "' is not a number." + NumberCell.hint(text));
            return Double.NaN;
        }
        if (column.kind() == SchoolColumn.Kind.WHOLE_NUMBER
                && (value != Math.rint(value) || value > Integer.MAX_VALUE)) {
            error(
                    column,
                    ImportIssueCode.IMP_031,
                    "'" + column.id() + "' counts whole things, got " + text
                            + ". Maybe the value was averaged or typed with a decimal point by mistake.");
            return Double.NaN;
        }
        boolean signed = column == SchoolColumn.LATITUDE || column == SchoolColumn.LONGITUDE;
        if (value < 0 && !signed) {
            error(
                    column,
                    ImportIssueCode.IMP_032,
                    "'" + column.id() + "' is never negative, got " + text
                            + ". Maybe a minus sign slipped in, or a change was typed instead of the figure.");
            return Double.NaN;
        }
        return value == 0 ? 0 : value;
    }

    private double blank(SchoolColumn column, Blank blank) {
        return switch (blank) {
            case ZERO -> 0;
            case ABSENT -> Double.NaN;
            case REQUIRED -> {
                error(
                        column,
                        ImportIssueCode.IMP_010,
                        "'" + column.id() + "' is blank. Maybe type 0 if there are none.");
                yield Double.NaN;
            }
            case SEGMENT -> {
                error(
                        column,
                        ImportIssueCode.IMP_033,
                        "'" + column.id() + "' is blank, but the school has the " + segmentName(column)
                                + " segment. Maybe type 0 if there are none.");
                yield Double.NaN;
            }
        };
    }

    private static String segmentName(SchoolColumn column) {
        var segment = column.segment();
        return segment == null ? "senior" : segment.englishName().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether the header holds {@code column}; if not, reports it missing once per file and fails the row. The set of
     * columns already reported is shared by the readers of a file's parts, hence thread-safe.
     */
    boolean requireColumn(SchoolColumn column) {
        if (header.has(column)) {
            return true;
        }
        if (reportedMissing.add(column)) {
            issues.add(HeaderMapping.missingColumnIssue(column, source, unknownHeaders));
        }
        failed = true;
        return false;
    }

    void error(SchoolColumn column, ImportIssueCode code, String message) {
        failed = true;
        report(column, code, message);
    }

    void warn(SchoolColumn column, ImportIssueCode code, String message) {
        report(column, code, message);
    }

    private void report(SchoolColumn column, ImportIssueCode code, String message) {
        int index = header.index(column);
        String value = index < 0 ? null : row.cell(index);
        issues.add(source.issue(row.number(), header.header(column), value, code, message));
    }
}
