package org.edubalance.dataimport.quota;

import java.math.BigDecimal;
import java.util.List;
import org.edubalance.core.region.RegionCode;
import org.edubalance.dataimport.HeaderMapping;
import org.edubalance.dataimport.ImportColumn;
import org.edubalance.dataimport.ImportIssueCode;
import org.edubalance.dataimport.ImportReport;
import org.edubalance.dataimport.ImportSource;
import org.edubalance.dataimport.school.NumberCell;
import org.edubalance.dataimport.table.TableRow;
import org.jspecify.annotations.Nullable;

/**
 * Reads the cells of one row of an admission file, reporting each bad cell by row, header, value and code. Decimals
 * are read exactly ({@link BigDecimal} from the text), since scores and shares decide seats.
 */
final class QuotaCells<C extends Enum<C> & ImportColumn> {
    static final int FIRST_YEAR = 1990;
    static final int LAST_YEAR = 2100;

    private final ImportSource source;
    private final HeaderMapping<C> header;
    private final ImportReport.Builder issues;
    private TableRow row = TableRow.of(0, List.of());
    private boolean failed;

    QuotaCells(ImportSource source, HeaderMapping<C> header, ImportReport.Builder issues) {
        this.source = source;
        this.header = header;
        this.issues = issues;
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

    String text(C column) {
        int index = header.index(column);
        return index < 0 ? "" : row.cell(index).strip();
    }

    @Nullable
    String required(C column) {
        String text = text(column);
        if (text.isEmpty()) {
            error(
                    column,
                    ImportIssueCode.IMP_010,
                    "'" + column.id() + "' is blank. Maybe fill it in: every row needs it.");
            return null;
        }
        return text;
    }

    /** A whole year from 1990 to 2100; -1 after an error. */
    int year(C column) {
        String text = required(column);
        if (text == null) {
            return -1;
        }
        double value = NumberCell.parse(text);
        if (!(value >= FIRST_YEAR && value <= LAST_YEAR) || value != (long) value) {
            error(
                    column,
                    ImportIssueCode.IMP_013,
                    "'" + column.id() + "' is a whole year between " + FIRST_YEAR + " and " + LAST_YEAR + ", got '"
                            + text + "'. Maybe the columns are shifted.");
            return -1;
        }
        return (int) value;
    }

    @Nullable
    String areaCode(C column) {
        String text = text(column);
        if (RegionCode.isWellFormed(text)) {
            return text;
        }
        error(
                column,
                ImportIssueCode.IMP_152,
                "The admission area is a six-digit code of the county or city running the admission, got '" + text
                        + "'. Maybe it is the area's name; e.g. 371000 for a city, 371002 for a county.");
        return null;
    }

    /** A whole number ≥ 0; -1 after an error. */
    int count(C column) {
        String text = required(column);
        if (text == null) {
            return -1;
        }
        double value = NumberCell.parse(text);
        if (Double.isNaN(value)) {
            error(column, ImportIssueCode.IMP_030, "'" + text + "' is not a number." + NumberCell.hint(text));
        } else if (value != (long) value || value > Integer.MAX_VALUE) {
            error(column, ImportIssueCode.IMP_031, "'" + column.id() + "' counts places, got " + text + ".");
        } else if (value < 0) {
            error(column, ImportIssueCode.IMP_032, "'" + column.id() + "' is never negative, got " + text + ".");
        } else {
            return (int) value;
        }
        return -1;
    }

    /** The exact decimal of the cell, null when blank (and {@code required} reports a blank) or not a number. */
    @Nullable
    BigDecimal decimal(C column, boolean required) {
        String text = required ? required(column) : text(column);
        if (text == null || text.isEmpty()) {
            return null;
        }
        if (Double.isNaN(NumberCell.parse(text))) {
            error(column, ImportIssueCode.IMP_030, "'" + text + "' is not a number." + NumberCell.hint(text));
            return null;
        }
        return new BigDecimal(text);
    }

    void error(C column, ImportIssueCode code, String message) {
        failed = true;
        int index = header.index(column);
        String value = index < 0 ? null : row.cell(index);
        issues.add(source.issue(
                row.number(), header.has(column) ? header.header(column) : column.id(), value, code, message));
    }
}
